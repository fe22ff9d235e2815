import { describe, expect, it } from 'vitest';
import { fitOffsets } from './zoom.ts';

const bounds = { x: 0, y: 0, w: 1000, h: 800 };

describe('fitting the drawing to the window', () => {
  it('centres a drawing that fits', () => {
    expect(fitOffsets(bounds, 1200, 1000, 1)).toEqual([100, 100]);
  });

  it.each([
    ['centres the focus when it can', { x: 400, y: 300, w: 200, h: 200 }, [-200, -150]],
    ['stops at the left and top edges of the drawing', { x: 0, y: 0, w: 50, h: 50 }, [0, 0]],
    ['stops at the right and bottom edges', { x: 950, y: 750, w: 50, h: 50 }, [-400, -300]],
  ])('a drawing larger than the window %s', (_, focus, offsets) => {
    expect(fitOffsets(bounds, 600, 500, 1, focus)).toEqual(offsets);
  });
});
