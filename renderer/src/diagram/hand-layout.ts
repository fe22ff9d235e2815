import type { DetailLevel } from '../core/pack/schema.ts';
import type { PackIndex } from '../core/graph/pack-index.ts';
import { edgeGeometry } from './edge-geometry.ts';
import { fitLabel, nodeSize } from './text-metrics.ts';
import type { CompartmentBox, EdgeGeometry, GroupBox, Layout, NodeBox } from './layout-types.ts';
import { CompartmentTree } from '../core/graph/compartment-tree.ts';
import { fromCentre, unionBox, type Box } from './geometry.ts';

const MARGIN = 12;

/** Compartments that hold a visible node, with their ancestors: empty regions are not drawn. */
export function usedCompartments(index: PackIndex, detail: DetailLevel): Set<string> {
  return new CompartmentTree(index.pack.compartments).withAncestors(index.visibleNodes(detail).map((n) => n.compartment));
}

/** Compartment boxes, outermost first, each with its depth. */
export function compartmentBoxes(index: PackIndex, boxes: (id: string) => Box | undefined): CompartmentBox[] {
  const tree = new CompartmentTree(index.pack.compartments);
  return index.pack.compartments
    .flatMap((c) => {
      const box = boxes(c.id);
      return box ? [{ id: c.id, label: c.label, kind: c.kind, ...box, depth: tree.depth(c.id) }] : [];
    })
    .sort((a, b) => a.depth - b.depth);
}

/** The drawing's extent: compartments and nodes, with a margin. */
export const layoutBounds = (compartments: readonly Box[], nodes: Iterable<NodeBox>): Layout['bounds'] =>
  unionBox([...compartments, ...[...nodes].map(fromCentre)], MARGIN);

/** Edges that are drawn: a member's "part of" link to its complex is shown by containment instead. */
export const drawnEdges = (index: PackIndex, detail: DetailLevel) => index.visibleEdges(detail).filter((e) => e.interaction !== 'part-of');

/**
 * Edge paths from border to border. With `groups` (a hand-placed drawing), a link drawn to a group's
 * box starts or ends at the box, so a line the source drew once to a family is drawn once, not once per member.
 */
export function edgeGeometries(index: PackIndex, nodes: Map<string, NodeBox>, detail: DetailLevel, useVia: boolean, scale = 1, groups: readonly GroupBox[] = []): Map<string, EdgeGeometry> {
  const edges = new Map<string, EdgeGeometry>();
  const boxes = new Map(groups.map((g) => [g.id, { id: g.id, x: g.x + g.w / 2, y: g.y + g.h / 2, w: g.w, h: g.h, lines: [] }]));
  for (const e of drawnEdges(index, detail)) {
    const s = (e.drawnFrom && boxes.get(e.drawnFrom)) || nodes.get(e.source);
    const t = (e.drawnTo && boxes.get(e.drawnTo)) || nodes.get(e.target);
    const via = useVia ? e.via?.map((p) => ({ x: p.x * scale, y: p.y * scale })) : undefined;
    if (s && t) edges.set(e.id, edgeGeometry(e.id, s, t, via));
  }
  return edges;
}

/** One line of our labels is this tall in a box; imported diagrams draw boxes this much smaller. */
const LABEL_BOX_H = 38;

/**
 * Imported diagrams (WikiPathways) keep their own coordinates and node sizes,
 * drawn for 10–12 px text. They are scaled as a whole so that their median
 * node holds one line of the app's labels: the drawing keeps its shape.
 */
export function importScale(index: PackIndex): number {
  const heights = index.pack.nodes.filter((n) => n.size && !n.members?.length).map((n) => n.size!.h).sort((a, b) => a - b);
  if (!heights.length) return 1;
  return Math.min(3, Math.max(1, LABEL_BOX_H / heights[heights.length >> 1]!));
}

/** Layout of a pack whose author placed every node (and drew the compartments). */
export function handLayout(index: PackIndex, detail: DetailLevel): Layout {
  const S = importScale(index);
  const scaled = (b: Box): Box => ({ x: b.x * S, y: b.y * S, w: b.w * S, h: b.h * S });
  const nodes = new Map<string, NodeBox>();
  for (const n of index.visibleNodes(detail)) {
    const container = !!n.members?.length;
    // A complex drawn around its members keeps its box; its label sits above it, not inside.
    const size = n.size ? (container ? { w: n.size.w * S, h: n.size.h * S, lines: [n.label] } : fitLabel(n.label, n.size.w * S, n.size.h * S)) : nodeSize(n.label);
    nodes.set(n.id, { id: n.id, x: n.position!.x * S, y: n.position!.y * S, ...size, ...(container ? { container } : {}), ...(n.states?.length ? { states: n.states } : {}) });
  }
  const used = usedCompartments(index, detail);
  const byId = new Map(index.pack.compartments.map((c) => [c.id, c]));
  const compartments = compartmentBoxes(index, (id) => {
    const box = used.has(id) ? byId.get(id)?.box : undefined;
    return box && scaled(box);
  });
  const visible = new Set(nodes.keys());
  const groups: GroupBox[] = (index.pack.groups ?? [])
    .filter((g) => g.box && g.members.some((m) => visible.has(m)))
    .map((g) => ({ id: g.id, ...(g.label ? { label: g.label } : {}), ...scaled(g.box!) }));
  return {
    nodes,
    compartments,
    groups,
    edges: edgeGeometries(index, nodes, detail, true, S, groups),
    bounds: layoutBounds([...compartments, ...groups], nodes.values()),
    origin: 'hand-placed',
  };
}

export const isHandPlaced = (index: PackIndex) => index.pack.nodes.every((n) => n.position);
