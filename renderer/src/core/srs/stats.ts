import type { CardState, ReviewLog } from './card.ts';

const DAY = 86_400_000;
const dayStart = (t: number) => {
  const d = new Date(t);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
};

export interface DayStat {
  day: number;
  reviews: number;
  graded: number;
  correct: number;
}

/** Reviews and accuracy per local calendar day, for the last `days` days (oldest first). */
export function dailyStats(reviews: readonly Pick<ReviewLog, 'reviewedAt' | 'correct'>[], now: number, days: number): DayStat[] {
  const today = dayStart(now);
  const out: DayStat[] = Array.from({ length: days }, (_, i) => ({ day: today - (days - 1 - i) * DAY, reviews: 0, graded: 0, correct: 0 }));
  const first = out[0]!.day;
  for (const r of reviews) {
    if (r.reviewedAt < first) continue;
    const i = Math.round((dayStart(r.reviewedAt) - first) / DAY);
    const d = out[i];
    if (!d) continue;
    d.reviews++;
    if (r.correct !== undefined) {
      d.graded++;
      if (r.correct) d.correct++;
    }
  }
  return out;
}

export interface Mastery {
  id: string;
  label: string;
  /** Mean recall probability of the cards that test it; undefined if none studied. */
  recall?: number;
  studied: number;
  total: number;
}

/** Mean recall per group (per step, per node…) of the cards that test it. */
export function mastery(
  groups: readonly { id: string; label: string; kcs: readonly string[] }[],
  cards: ReadonlyMap<string, CardState>,
  recall: (c: CardState) => number | undefined,
): Mastery[] {
  return groups.map((g) => {
    const values = g.kcs.map((kc) => cards.get(kc)).filter((c): c is CardState => !!c).map(recall).filter((r): r is number => r !== undefined);
    return { id: g.id, label: g.label, recall: values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined, studied: values.length, total: g.kcs.length };
  });
}
