import { describe, expect, it } from 'vitest';
import { distance, fromCentre, pointAlong, polylineLength, unionBox } from './geometry.ts';

describe('geometry', () => {
  const L = [{ x: 0, y: 0 }, { x: 30, y: 0 }, { x: 30, y: 40 }];

  it('measures distances and polylines', () => {
    expect(distance({ x: 0, y: 0 }, { x: 3, y: 4 })).toBe(5);
    expect(polylineLength(L)).toBe(70);
    expect(polylineLength([{ x: 1, y: 1 }])).toBe(0);
  });

  it.each([
    [0, { x: 0, y: 0 }],
    [0.5, { x: 30, y: 5 }],
    [1, { x: 30, y: 40 }],
  ])('finds the point %s of the way along', (f, p) => expect(pointAlong(L, f)).toEqual(p));

  it('boxes centred boxes and unions them with a margin', () => {
    expect(fromCentre({ x: 10, y: 10, w: 4, h: 6 })).toEqual({ x: 8, y: 7, w: 4, h: 6 });
    expect(unionBox([{ x: 0, y: 0, w: 10, h: 10 }, { x: 20, y: -5, w: 5, h: 5 }], 2)).toEqual({ x: -2, y: -7, w: 29, h: 19 });
    expect(unionBox([])).toEqual({ x: 0, y: 0, w: 0, h: 0 });
  });
});
