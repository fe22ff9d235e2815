import { describe, expect, it } from 'vitest';
import { dailyStats, mastery } from './stats.ts';
import type { Strength } from './strength.ts';

describe('progress statistics', () => {
  const now = new Date(2026, 5, 10, 15).getTime();
  const day = (d: number, h = 10) => new Date(2026, 5, d, h).getTime();
  it('counts reviews and accuracy per day', () => {
    const s = dailyStats([{ reviewedAt: day(10), correct: true }, { reviewedAt: day(10, 11), correct: false }, { reviewedAt: day(9) }, { reviewedAt: day(1) }], now, 3);
    expect(s.map((d) => [d.reviews, d.graded, d.correct])).toEqual([[0, 0, 0], [1, 0, 0], [2, 2, 1]]);
  });
  it('gives each group the combined strength of its cards (unstudied ones counted in the total only)', () => {
    const byKc: Record<string, Strength> = { a: { level: 'strong', inAWeek: 0.96 }, b: { level: 'forgotten', inAWeek: 0.6 } };
    const m = mastery([{ id: 's1', label: 'Step 1', kcs: ['a', 'b', 'c'] }, { id: 's2', label: 'Step 2', kcs: ['c'] }], (kc) => byKc[kc] ?? { level: 'new' });
    expect(m[0]).toMatchObject({ id: 's1', label: 'Step 1', level: 'shaky', studied: 2, total: 3, forgotten: 1 });
    expect(m[0]!.inAWeek).toBeCloseTo(0.78);
    expect(m[1]).toEqual({ id: 's2', label: 'Step 2', level: 'new', studied: 0, forgotten: 0, total: 1 });
  });
});
