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

export interface NavContext {
  index: PackIndex;
  detail: DetailLevel;
  /** Whether a node is drawn (and so can take focus). */
  drawn(id: string): boolean;
  focus(id: string): void;
  select(id: string): void;
  announce(text: string): void;
}

/**
 * Keyboard travel along the pathway: Enter/Space select, → and ← follow
 * edges downstream and upstream, ↓ and ↑ cycle through the other choices of
 * the last move. Every move is announced with the edge's mechanism.
 */
export class NodeNavigator {
  private last: { from: string; options: string[]; at: number; dir: string } | undefined;

  constructor(private readonly ctx: () => NavContext) {}

  /** Handles a key on node `id`; returns whether the key was used. */
  key(key: string, id: string): boolean {
    const c = this.ctx();
    if (key === 'Enter' || key === ' ') {
      c.select(id);
      return true;
    }
    const KEYS: Record<string, 'downstream' | 'upstream' | 'next' | 'previous'> = { ArrowRight: 'downstream', ArrowLeft: 'upstream', ArrowDown: 'next', ArrowUp: 'previous' };
    const dir = KEYS[key];
    if (!dir) return false;
    if (dir === 'next' || dir === 'previous') {
      const last = this.last;
      if (!last || last.options.length < 2) {
        c.announce('No other choices here.');
        return true;
      }
      last.at = (last.at + (dir === 'next' ? 1 : last.options.length - 1)) % last.options.length;
      const to = last.options[last.at]!;
      c.focus(to);
      c.announce(`${c.index.node(to).label}, ${last.at + 1} of ${last.options.length} ${last.dir} of ${c.index.node(last.from).label}.`);
      return true;
    }
    const options = neighbours(c.index, c.detail, id, dir).filter((n) => c.drawn(n.node));
    if (!options.length) {
      c.announce(`Nothing ${dir} of ${c.index.node(id).label}.`);
      return true;
    }
    this.last = { from: id, options: options.map((o) => o.node), at: 0, dir };
    c.focus(options[0]!.node);
    const more = options.length > 1 ? ` ${options.length} choices; arrow down for the next.` : '';
    c.announce(`${dir === 'downstream' ? 'Downstream' : 'Upstream'}: ${c.index.node(options[0]!.node).label} (${options[0]!.mechanism}).${more}`);
    return true;
  }
}
