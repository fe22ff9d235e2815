import { line, curveBasis, curveLinear } from 'd3';
import type { EdgeGeometry, NodeBox } from './layout-types.ts';
import { pointAlong, polylineLength, type Point as P } from './geometry.ts';

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

const straight = line<P>().x((p) => p.x).y((p) => p.y).curve(curveLinear);
// A B-spline bends towards waypoints without overshooting them (unlike an interpolating curve).
const smooth = line<P>().x((p) => p.x).y((p) => p.y).curve(curveBasis);

/** An edge from border to border, through the pack's waypoints if it has any. */
export function edgeGeometry(id: string, source: NodeBox, target: NodeBox, via: readonly P[] = []): EdgeGeometry {
  const start = exitPoint(source, via[0] ?? target);
  const end = exitPoint(target, via[via.length - 1] ?? source, GAP + 1);
  const points = [start, ...via, end];
  const d = (via.length ? smooth : straight)(points) ?? '';
  return { id, d, mid: pointAlong(points, 0.5), length: polylineLength(points), points };
}

/** An edge along a route computed by the layout engine (already border to border). */
export function routedEdge(id: string, points: P[]): EdgeGeometry {
  const d = straight(points) ?? '';
  return { id, d, mid: pointAlong(points, 0.5), length: polylineLength(points), points };
}
