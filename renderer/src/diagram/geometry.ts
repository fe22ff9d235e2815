/** Plane geometry shared by layouts, edges and exports (layout units, y down). */
export interface Point {
  x: number;
  y: number;
}
/** Top-left box. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

export function polylineLength(points: readonly Point[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += distance(points[i - 1]!, points[i]!);
  return total;
}

/** The point a fraction of the way along a polyline (by length). */
export function pointAlong(points: readonly Point[], fraction: number): Point {
  const goal = polylineLength(points) * fraction;
  let walked = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const seg = distance(a, b);
    if (walked + seg >= goal) {
      const t = seg ? (goal - walked) / seg : 0;
      return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
    }
    walked += seg;
  }
  return points[points.length - 1] ?? { x: 0, y: 0 };
}

/** A box given by its centre (as node boxes are) as a top-left box. */
export const fromCentre = (c: { x: number; y: number; w: number; h: number }): Box => ({ x: c.x - c.w / 2, y: c.y - c.h / 2, w: c.w, h: c.h });

/** The smallest box holding all boxes, grown by `margin` on every side. */
export function unionBox(boxes: Iterable<Box>, margin = 0): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.w);
    y1 = Math.max(y1, b.y + b.h);
  }
  if (x0 === Infinity) return { x: 0, y: 0, w: 0, h: 0 };
  return { x: x0 - margin, y: y0 - margin, w: x1 - x0 + 2 * margin, h: y1 - y0 + 2 * margin };
}
