import { line, curveBasis, curveLinear } from 'd3';
import type { EdgeGeometry, NodeBox } from './layout-types.ts';

type P = { x: number; y: number };
const GAP = 4;

/** Point where the ray from the box centre towards `toward` leaves the box (plus a small gap). */
export function exitPoint(box: NodeBox, toward: P, gap = GAP): P {
  const dx = toward.x - box.x;
  const dy = toward.y - box.y;
  if (dx === 0 && dy === 0) return { x: box.x, y: box.y };
  const hw = box.w / 2 + gap;
  const hh = box.h / 2 + gap;
  const t = Math.min(dx === 0 ? Infinity : hw / Math.abs(dx), dy === 0 ? Infinity : hh / Math.abs(dy));
  return { x: box.x + dx * t, y: box.y + dy * t };
}

const dist = (a: P, b: P) => Math.hypot(a.x - b.x, a.y - b.y);

function midpoint(points: P[]): P {
  const total = points.slice(1).reduce((s, p, i) => s + dist(points[i]!, p), 0);
  let walked = 0;
  for (let i = 1; i < points.length; i++) {
    const seg = dist(points[i - 1]!, points[i]!);
    if (walked + seg >= total / 2) {
      const t = seg ? (total / 2 - walked) / seg : 0;
      return { x: points[i - 1]!.x + (points[i]!.x - points[i - 1]!.x) * t, y: points[i - 1]!.y + (points[i]!.y - points[i - 1]!.y) * t };
    }
    walked += seg;
  }
  return points[0]!;
}

const straight = line<P>().x((p) => p.x).y((p) => p.y).curve(curveLinear);
// A B-spline bends towards waypoints without overshooting them (unlike an interpolating curve).
const smooth = line<P>().x((p) => p.x).y((p) => p.y).curve(curveBasis);

/** An edge from border to border, through the pack's waypoints if it has any. */
export function edgeGeometry(id: string, source: NodeBox, target: NodeBox, via: readonly P[] = []): EdgeGeometry {
  const start = exitPoint(source, via[0] ?? target);
  const end = exitPoint(target, via[via.length - 1] ?? source, GAP + 1);
  const points = [start, ...via, end];
  const d = (via.length ? smooth : straight)(points) ?? '';
  const length = points.slice(1).reduce((s, p, i) => s + dist(points[i]!, p), 0);
  return { id, d, mid: midpoint(points), length, points };
}

/** An edge along a route computed by the layout engine (already border to border). */
export function routedEdge(id: string, points: P[]): EdgeGeometry {
  const d = straight(points) ?? '';
  const length = points.slice(1).reduce((s, p, i) => s + dist(points[i]!, p), 0);
  return { id, d, mid: midpoint(points), length, points };
}
