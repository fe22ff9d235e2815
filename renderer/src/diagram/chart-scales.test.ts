import { describe, expect, it } from 'vitest';
import { countTicks } from './chart-scales.ts';

describe('count axis ticks', () => {
  it.each([
    [0, [0, 1]],
    [1, [0, 1]],
    [2, [0, 1, 2]],
    [3, [0, 1, 2, 3]],
    [5, [0, 1, 2, 3, 4, 5]],
    [40, [0, 10, 20, 30, 40]],
  ])('max %d: %j', (max, expected) => {
    expect(countTicks(max)).toEqual(expected);
  });
});
