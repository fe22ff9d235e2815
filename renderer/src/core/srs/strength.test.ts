import { describe, expect, it } from 'vitest';
import type { CardState, Rating } from './card.ts';
import { Scheduler } from './scheduler.ts';
import { chanceWords, combineStrengths, forgettingKey, lastRatings, strengthOf, strengthWords, type Strength } from './strength.ts';

const MIN = 60_000;
const DAY = 86_400_000;
const t0 = Date.UTC(2026, 0, 5, 9);
const s = new Scheduler(0.9);
const recallAt = (c: CardState, at: number) => s.recall(c, at);

/** A card after a history of [rating, minutes after the previous answer]; returns it with the time of its last answer. */
function history(steps: [Rating, number][]): { card: CardState; at: number; last: Rating } {
  let card = s.newCard(t0);
  let at = t0;
  for (const [rating, after] of steps) {
    at += after * MIN;
    card = s.rate(card, rating, at, 1000).card;
  }
  return { card, at, last: steps[steps.length - 1]![0] };
}
const goods: [Rating, number][] = [[3, 0], [3, 10], [3, 3 * 1440], [3, 10 * 1440]];

describe('memory strength (a week ahead, not "now")', () => {
  it.each<[string, [Rating, number][], Strength['level'], [number, number]]>([
    ['right after Again on a new card', [[1, 0]], 'forgotten', [0.3, 0.75]],
    ['right after Again twice', [[1, 0], [1, 1]], 'forgotten', [0.3, 0.7]],
    ['right after Good on a new card (still in learning steps)', [[3, 0]], 'shaky', [0.6, 0.9]],
    ['after Good, Good: graduated once', [[3, 0], [3, 10]], 'shaky', [0.6, 0.9]],
    ['after several Goods over two weeks', goods, 'strong', [0.9, 1]],
    ['a lapse: Again after several Goods', [...goods, [1, 30 * 1440]], 'forgotten', [0.5, 0.95]],
    ['a lapse relearnt with Good', [...goods, [1, 30 * 1440], [3, 10]], 'shaky', [0.5, 0.9]],
    ['right after Easy on a new card', [[4, 0]], 'strong', [0.9, 1]],
  ])('%s: %s', (_, steps, level, [lo, hi]) => {
    const { card, at, last } = history(steps);
    // What the old measure showed: recall now is ~100% after any answer.
    expect(s.recall(card, at)).toBeGreaterThan(0.99);
    const got = strengthOf(card, last, at, recallAt);
    expect(got.level).toBe(level);
    expect(got.inAWeek).toBeGreaterThanOrEqual(lo);
    expect(got.inAWeek).toBeLessThan(hi);
  });

  it('never reads 100% right after Again, in number or in words', () => {
    for (const steps of [[[1, 0]], [...goods, [1, 30 * 1440]]] as [Rating, number][][]) {
      const { card, at } = history(steps);
      const got = strengthOf(card, 1, at, recallAt);
      expect(Math.round(got.inAWeek! * 100)).toBeLessThan(100);
      expect(strengthWords(got)).not.toMatch(/100%/);
      expect(strengthWords(got)).toMatch(/^forgotten: /);
    }
  });

  it('a new card, or none, is "not studied" with no number', () => {
    expect(strengthOf(undefined, undefined, t0, recallAt)).toEqual({ level: 'new' });
    expect(strengthOf(s.newCard(t0), undefined, t0, recallAt)).toEqual({ level: 'new' });
    expect(strengthWords({ level: 'new' })).toBe('not studied');
  });

  it('fades with time: a card seen once months ago is forgotten', () => {
    const { card, at } = history([[3, 0], [3, 10]]);
    expect(strengthOf(card, 3, at + 400 * DAY, recallAt).level).toBe('forgotten');
  });

  it('without a review log, a card in relearning counts as missed', () => {
    const { card, at } = history([...goods, [1, 30 * 1440]]);
    expect(card.state).toBe(3);
    expect(strengthOf(card, undefined, at, recallAt).level).toBe('forgotten');
  });

  it('a card without a last review time is not studied (no invented number)', () => {
    const { card, at } = history([[3, 0]]);
    const { lastReview: _, ...noTime } = card;
    expect(strengthOf(noTime, 3, at, recallAt)).toEqual({ level: 'new' });
  });
});

describe('strength of a group of cards', () => {
  const c = (level: Strength['level'], inAWeek?: number): Strength => ({ level, inAWeek });
  it.each<[string, Strength[], Strength['level'], number | undefined]>([
    ['nothing studied', [c('new'), c('new')], 'new', undefined],
    ['one strong card and unstudied ones', [c('strong', 0.95), c('new')], 'strong', 0.95],
    ['all strong', [c('strong', 0.94), c('strong', 0.98)], 'strong', 0.96],
    ['one shaky among strong ones', [c('strong', 0.96), c('strong', 0.96), c('shaky', 0.84)], 'shaky', 0.92],
    ['one forgotten among three', [c('strong', 0.96), c('strong', 0.96), c('forgotten', 0.6)], 'shaky', 0.84],
    ['most forgotten', [c('forgotten', 0.6), c('forgotten', 0.58), c('strong', 0.97)], 'forgotten', 0.7167],
    ['a low mean', [c('shaky', 0.52), c('forgotten', 0.4)], 'forgotten', 0.46],
  ])('%s', (_, items, level, mean) => {
    const g = combineStrengths(items);
    expect(g.level).toBe(level);
    if (mean === undefined) expect(g.inAWeek).toBeUndefined();
    else expect(g.inAWeek).toBeCloseTo(mean, 3);
    expect(g.studied).toBe(items.filter((i) => i.inAWeek !== undefined).length);
  });
});

describe('words and order', () => {
  it.each([[0.582, 'about 60%'], [0.808, 'about 80%'], [0.9749, 'about 95%'], [0.99, 'over 95%'], [0.01, 'under 5%']])('%d reads %s', (p, words) => {
    expect(chanceWords(p)).toBe(words);
  });
  it('says the level and the chance', () => {
    expect(strengthWords({ level: 'shaky', inAWeek: 0.74 })).toBe('shaky: about 75% chance you’d recall it in a week');
  });
  it('keeps the latest rating per card, whatever the order of the log', () => {
    const m = lastRatings([{ key: 'a', reviewedAt: 5, rating: 3 }, { key: 'a', reviewedAt: 9, rating: 1 }, { key: 'b', reviewedAt: 2, rating: 4 }, { key: 'a', reviewedAt: 7, rating: 2 }]);
    expect([...m]).toEqual([['a', 1], ['b', 4]]);
  });
  it('puts forgotten cards first, then the lowest chance', () => {
    const items: [string, Strength][] = [['strong', { level: 'strong', inAWeek: 0.95 }], ['lapsed', { level: 'forgotten', inAWeek: 0.83 }], ['shaky', { level: 'shaky', inAWeek: 0.7 }], ['missed', { level: 'forgotten', inAWeek: 0.58 }]];
    expect(items.sort((a, b) => forgettingKey(a[1]) - forgettingKey(b[1])).map(([k]) => k)).toEqual(['missed', 'lapsed', 'shaky', 'strong']);
  });
});
