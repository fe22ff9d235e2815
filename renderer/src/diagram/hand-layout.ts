import type { DetailLevel } from '../core/pack/schema.ts';
import type { PackIndex } from '../core/graph/pack-index.ts';
import { edgeGeometry } from './edge-geometry.ts';
import { nodeSize } from './text-metrics.ts';
import type { CompartmentBox, EdgeGeometry, Layout, NodeBox } from './layout-types.ts';
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

export function edgeGeometries(index: PackIndex, nodes: Map<string, NodeBox>, detail: DetailLevel, useVia: boolean): Map<string, EdgeGeometry> {
  const edges = new Map<string, EdgeGeometry>();
  for (const e of index.visibleEdges(detail)) {
    const s = nodes.get(e.source);
    const t = nodes.get(e.target);
    if (s && t) edges.set(e.id, edgeGeometry(e.id, s, t, useVia ? e.via : undefined));
  }
  return edges;
}

/** Layout of a pack whose author placed every node (and drew the compartments). */
export function handLayout(index: PackIndex, detail: DetailLevel): Layout {
  const nodes = new Map<string, NodeBox>();
  for (const n of index.visibleNodes(detail)) {
    const size = nodeSize(n.label);
    nodes.set(n.id, { id: n.id, x: n.position!.x, y: n.position!.y, ...size });
  }
  const used = usedCompartments(index, detail);
  const byId = new Map(index.pack.compartments.map((c) => [c.id, c]));
  const compartments = compartmentBoxes(index, (id) => (used.has(id) ? byId.get(id)?.box : undefined));
  return { nodes, compartments, edges: edgeGeometries(index, nodes, detail, true), bounds: layoutBounds(compartments, nodes.values()), origin: 'hand-placed' };
}

export const isHandPlaced = (index: PackIndex) => index.pack.nodes.every((n) => n.position);
