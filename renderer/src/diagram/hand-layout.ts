import type { DetailLevel } from '../core/pack/schema.ts';
import type { PackIndex } from '../core/graph/pack-index.ts';
import { edgeGeometry } from './edge-geometry.ts';
import { nodeSize } from './text-metrics.ts';
import type { CompartmentBox, EdgeGeometry, Layout, NodeBox } from './layout-types.ts';

const MARGIN = 12;

export function compartmentDepth(index: PackIndex, id: string): number {
  let depth = 0;
  const byId = new Map(index.pack.compartments.map((c) => [c.id, c]));
  for (let c = byId.get(id); c?.parent; c = byId.get(c.parent)) depth++;
  return depth;
}

/** Compartments that hold a visible node, with their ancestors: empty regions are not drawn. */
export function usedCompartments(index: PackIndex, detail: DetailLevel): Set<string> {
  const parent = new Map(index.pack.compartments.map((c) => [c.id, c.parent]));
  const used = new Set<string>();
  for (const n of index.visibleNodes(detail)) for (let c: string | undefined = n.compartment; c && !used.has(c); c = parent.get(c)) used.add(c);
  return used;
}

export function edgeGeometries(index: PackIndex, nodes: Map<string, NodeBox>, detail: DetailLevel, useVia: boolean): Map<string, EdgeGeometry> {
  const edges = new Map<string, EdgeGeometry>();
  for (const e of index.visibleEdges(detail)) {
    const s = nodes.get(e.source);
    const t = nodes.get(e.target);
    if (s && t) edges.set(e.id, edgeGeometry(e.id, s, t, useVia ? e.via : undefined));
  }
  return edges;
}

export function boundsOf(boxes: { x: number; y: number; w: number; h: number }[], centred: boolean): Layout['bounds'] {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const b of boxes) {
    const bx = centred ? b.x - b.w / 2 : b.x;
    const by = centred ? b.y - b.h / 2 : b.y;
    x0 = Math.min(x0, bx);
    y0 = Math.min(y0, by);
    x1 = Math.max(x1, bx + b.w);
    y1 = Math.max(y1, by + b.h);
  }
  return { x: x0 - MARGIN, y: y0 - MARGIN, w: x1 - x0 + 2 * MARGIN, h: y1 - y0 + 2 * MARGIN };
}

/** Layout of a pack whose author placed every node (and drew the compartments). */
export function handLayout(index: PackIndex, detail: DetailLevel): Layout {
  const nodes = new Map<string, NodeBox>();
  for (const n of index.visibleNodes(detail)) {
    const size = nodeSize(n.label);
    nodes.set(n.id, { id: n.id, x: n.position!.x, y: n.position!.y, ...size });
  }
  const used = usedCompartments(index, detail);
  const compartments: CompartmentBox[] = index.pack.compartments
    .filter((c) => c.box && used.has(c.id))
    .map((c) => ({ id: c.id, label: c.label, kind: c.kind, ...c.box!, depth: compartmentDepth(index, c.id) }))
    .sort((a, b) => a.depth - b.depth);
  const centred = [...nodes.values()];
  const bounds = boundsOf([...compartments, ...centred.map((n) => ({ x: n.x - n.w / 2, y: n.y - n.h / 2, w: n.w, h: n.h }))], false);
  return { nodes, compartments, edges: edgeGeometries(index, nodes, detail, true), bounds, origin: 'hand-placed' };
}

export const isHandPlaced = (index: PackIndex) => index.pack.nodes.every((n) => n.position);
