import type { ReviewLog } from './card.ts';
import { combineStrengths, type GroupStrength, type Strength } from './strength.ts';

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

export interface Mastery extends GroupStrength {
  id: string;
  label: string;
  /** Cards (knowledge components) that test the group, studied or not. */
  total: number;
}

/** Memory strength per group (per step, per node…) of the cards that test it. */
export function mastery(groups: readonly { id: string; label: string; kcs: readonly string[] }[], strength: (kc: string) => Strength): Mastery[] {
  return groups.map((g) => ({ id: g.id, label: g.label, total: g.kcs.length, ...combineStrengths(g.kcs.map(strength)) }));
}
