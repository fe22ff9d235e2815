import type { DetailLevel } from '../core/pack/schema.ts';
import type { PackIndex } from '../core/graph/pack-index.ts';

/** Nodes one edge away, in causal order, with the mechanism word of the edge. */
export function neighbours(index: PackIndex, detail: DetailLevel, id: string, dir: 'downstream' | 'upstream'): { node: string; mechanism: string }[] {
  const edges = (dir === 'downstream' ? index.outEdges : index.inEdges).get(id) ?? [];
  const order = index.causalOrder(detail);
  return edges
    .filter((e) => index.isVisible(e, detail))
    .map((e) => ({ node: dir === 'downstream' ? e.target : e.source, mechanism: e.mechanism }))
    .sort((a, b) => order.indexOf(a.node) - order.indexOf(b.node));
}
