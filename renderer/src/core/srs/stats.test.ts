import { describe, expect, it } from 'vitest';
import { dailyStats, mastery } from './stats.ts';

describe('progress statistics', () => {
  const now = new Date(2026, 5, 10, 15).getTime();
  const day = (d: number, h = 10) => new Date(2026, 5, d, h).getTime();
  it('counts reviews and accuracy per day', () => {
    const s = dailyStats([{ reviewedAt: day(10), correct: true }, { reviewedAt: day(10, 11), correct: false }, { reviewedAt: day(9) }, { reviewedAt: day(1) }], now, 3);
    expect(s.map((d) => [d.reviews, d.graded, d.correct])).toEqual([[0, 0, 0], [1, 0, 0], [2, 2, 1]]);
  });
  it('averages recall over studied cards only', () => {
    const card = (due: number) => ({ due, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state: 2 as const });
    const cards = new Map([['a', card(1)], ['b', card(2)]]);
    const m = mastery([{ id: 's1', label: 'Step 1', kcs: ['a', 'b', 'c'] }, { id: 's2', label: 'Step 2', kcs: ['c'] }], cards, (c) => (c.due === 1 ? 0.9 : 0.5));
    expect(m[0]).toEqual({ id: 's1', label: 'Step 1', recall: 0.7, studied: 2, total: 3 });
    expect(m[1]!.recall).toBeUndefined();
  });
});
