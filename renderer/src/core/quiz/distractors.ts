import type { Choice } from './question.ts';
import { shuffle } from './random.ts';

/**
 * Builds the options of a choice question: the answer plus up to `n` wrong
 * options, taking misconception-based ones first, then fillers (shuffled,
 * unless the caller ordered them, nearest first). Never lets a
 * wrong option equal the answer (by id or by label), nor repeat a label.
 */
export function assembleChoices(answer: Choice, preferred: Choice[], fillers: Choice[], n: number, random: () => number, { ordered = false } = {}): Choice[] | null {
  const seen = new Set([answer.id, norm(answer.label)]);
  const wrong: Choice[] = [];
  for (const c of [...preferred, ...(ordered ? fillers : shuffle(fillers, random))]) {
    if (wrong.length >= n) break;
    if (seen.has(c.id) || seen.has(norm(c.label))) continue;
    seen.add(c.id);
    seen.add(norm(c.label));
    wrong.push(c);
  }
  if (wrong.length < Math.min(n, 2)) return null;
  return shuffle([answer, ...wrong], random);
}

const norm = (s: string) => s.trim().toLowerCase();
