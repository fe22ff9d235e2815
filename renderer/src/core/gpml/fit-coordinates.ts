import type { Compartment, NodeGroup, PathwayEdge, PathwayNode } from '../pack/schema.ts';

const MARGIN = 20;

/**
 * Shifts every coordinate so the drawing's real bounding box starts at the
 * margin: GPML files may use negative coordinates (114 public files do).
 * Only a translation: the layout stays as drawn on WikiPathways.
 */
export function fitToMargin(nodes: PathwayNode[], edges: PathwayEdge[], compartments: Compartment[], groups: NodeGroup[]) {
  let minX = Infinity;
  let minY = Infinity;
  for (const n of nodes) {
    minX = Math.min(minX, n.position!.x - (n.size?.w ?? 0) / 2);
    minY = Math.min(minY, n.position!.y - (n.size?.h ?? 0) / 2);
  }
  for (const b of [...compartments.map((c) => c.box), ...groups.map((g) => g.box)]) {
    if (b) [minX, minY] = [Math.min(minX, b.x), Math.min(minY, b.y)];
  }
  for (const e of edges) for (const p of e.via ?? []) [minX, minY] = [Math.min(minX, p.x), Math.min(minY, p.y)];
  const dx = MARGIN - minX;
  const dy = MARGIN - minY;
  const at = (p: { x: number; y: number }) => ({ x: round(p.x + dx), y: round(p.y + dy) });
  const box = <B extends { x: number; y: number; w: number; h: number }>(b: B) => ({ ...at(b), w: round(b.w), h: round(b.h) });
  return {
    nodes: nodes.map((n) => ({ ...n, position: at(n.position!), ...(n.size ? { size: { w: round(n.size.w), h: round(n.size.h) } } : {}) })),
    edges: edges.map((e) => (e.via ? { ...e, via: e.via.map(at) } : e)),
    compartments: compartments.map((c) => (c.box ? { ...c, box: box(c.box) } : c)),
    groups: groups.map((g) => (g.box ? { ...g, box: box(g.box) } : g)),
  };
}

/** Two decimals are plenty for pixels and keep the pack small. */
const round = (v: number) => Math.round(v * 100) / 100;
