import { describe, expect, it } from 'vitest';
import { LEGEND, LEGEND_COLUMN_W, legendEntries, placeLegend } from './legend.ts';

describe('legend placement', () => {
  it.each([
    [200, 1],
    [LEGEND_COLUMN_W * 2, 2],
    [5000, LEGEND.length],
  ])('at most %i px wide uses %i column(s) and keeps every entry', (width, columns) => {
    const placed = placeLegend(width);
    expect(placed.rows.map((r) => r.id)).toEqual(legendEntries().map((e) => e.id));
    expect(new Set(placed.rows.map((r) => r.x)).size).toBe(columns);
    expect(placed.width).toBe(columns * LEGEND_COLUMN_W);
  });

  it('keeps each group in one column and rows from overlapping', () => {
    const placed = placeLegend(LEGEND_COLUMN_W * 2);
    for (const g of LEGEND) {
      const xs = new Set(placed.rows.filter((r) => g.entries.some((e) => e.id === r.id)).map((r) => r.x));
      expect(xs.size).toBe(1);
    }
    for (const x of new Set(placed.rows.map((r) => r.x))) {
      const ys = placed.rows.filter((r) => r.x === x).map((r) => r.y).sort((a, b) => a - b);
      ys.slice(1).forEach((y, i) => expect(y - ys[i]!).toBeGreaterThanOrEqual(20));
    }
    expect(Math.max(...placed.rows.map((r) => r.y))).toBeLessThan(placed.height);
  });
});
