import type { CardState } from '../srs/card.ts';
import type { Family, Question } from './question.ts';
import { shuffle } from './random.ts';

export type PlanMode = 'quiz' | 'review' | 'forgetting';

export interface PlanInput {
  questions: readonly Question[];
  cards: ReadonlyMap<string, CardState>;
  now: number;
  count: number;
  families?: ReadonlySet<Family>;
  mode: PlanMode;
  /** For the forgetting mode: lower means closer to forgotten (e.g. predicted recall). */
  recall?: (card: CardState) => number | undefined;
  /** The store's due queue (knowledge components, most overdue first); else worked out from `cards`. */
  dueQueue?: readonly string[];
}

/**
 * Chooses the questions of a session. Review: cards that are due, most
 * overdue first. Forgetting: reviewed cards closest to forgotten (lowest `recall`).
 * Quiz: due cards first (up to half), then new ones, then the rest, mixing
 * question families. One question per knowledge component.
 */
export function planSession({ questions, cards, now, count, families, mode, recall, dueQueue }: PlanInput, random: () => number): Question[] {
  const pool = shuffle(questions.filter((q) => !families || families.has(q.family)), random);
  const byKc = new Map<string, Question>();
  for (const q of pool) if (!byKc.has(q.kc)) byKc.set(q.kc, q);
  const kcs = [...byKc.keys()];
  const due = dueQueue
    ? dueQueue.filter((kc) => byKc.has(kc))
    : kcs.filter((kc) => cards.has(kc) && cards.get(kc)!.due <= now).sort((a, b) => cards.get(a)!.due - cards.get(b)!.due);

  if (mode === 'review') return due.slice(0, count).map((kc) => byKc.get(kc)!);
  if (mode === 'forgetting') {
    const scored = kcs.filter((kc) => cards.has(kc)).map((kc) => [kc, recall?.(cards.get(kc)!) ?? 1] as const);
    return scored.sort((a, b) => a[1] - b[1]).slice(0, count).map(([kc]) => byKc.get(kc)!);
  }
  const fresh = kcs.filter((kc) => !cards.has(kc));
  const rest = kcs.filter((kc) => cards.has(kc) && cards.get(kc)!.due > now).sort((a, b) => cards.get(a)!.due - cards.get(b)!.due);
  const chosen = [...due.slice(0, Math.ceil(count / 2))];
  // Round-robin over families among the remaining candidates, for variety.
  const queues = new Map<Family, string[]>();
  for (const kc of [...fresh, ...rest]) {
    const f = byKc.get(kc)!.family;
    queues.set(f, [...(queues.get(f) ?? []), kc]);
  }
  const order = shuffle([...queues.keys()], random);
  while (chosen.length < count && [...queues.values()].some((q) => q.length)) {
    for (const f of order) {
      const next = queues.get(f)!.shift();
      if (next && chosen.length < count) chosen.push(next);
    }
  }
  return chosen.map((kc) => byKc.get(kc)!);
}
