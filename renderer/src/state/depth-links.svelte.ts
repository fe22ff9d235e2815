import type { PathwayPack } from '../core/pack/schema.ts';
import { crossLinks, type PackMatches } from '../core/graph/cross-links.ts';

/** At most this many other pathways are offered for one part. */
const MAX_PATHWAYS = 4;

export interface DepthLinksDeps {
  /** Ids and versions of every stored pack (changes whenever the library does). */
  library: () => { id: string; version: string }[];
  load: (ids: string[]) => Promise<PathwayPack[]>;
}

/**
 * "Explore this pathway in depth": for the part in focus, the other stored
 * pathways that draw the same gene products (TrkB → BDNF signaling's NTRK2,
 * mTORC1 → Target of rapamycin signaling's RPTOR:MLST8:MTOR complex), each
 * with the part to open it at. The best match first: the pathway where the
 * same genes appear together (a whole complex) before one with a subunit.
 */
export class DepthLinks {
  /** For `node` of `pack`: the pathways to go deeper in, best first. */
  current = $state.raw<{ pack: string; node: string; links: PackMatches[] } | undefined>();
  #packs: { key: string; packs: Promise<PathwayPack[]> } | undefined;
  #ticket = 0;

  constructor(private readonly deps: DepthLinksDeps) {}

  /** Finds the links for a part (nothing in focus clears them); a later call wins over an earlier one still loading. */
  async show(pack: PathwayPack | undefined, nodeId: string | undefined): Promise<void> {
    const node = nodeId ? pack?.nodes.find((n) => n.id === nodeId) : undefined;
    const ticket = ++this.#ticket;
    if (!pack || !node) return void (this.current = undefined);
    if (this.current?.pack === pack.id && this.current.node === node.id) return;
    this.current = undefined;
    const others = await this.others();
    if (ticket !== this.#ticket) return;
    const links = crossLinks(node, pack, others)
      .map((p, order) => ({ p, order, best: p.matches[0]!.score }))
      .sort((a, b) => b.best - a.best || a.order - b.order)
      .slice(0, MAX_PATHWAYS)
      .map(({ p }) => p);
    this.current = { pack: pack.id, node: node.id, links };
  }

  private others(): Promise<PathwayPack[]> {
    const all = this.deps.library();
    const key = all.map((p) => `${p.id}@${p.version}`).join('|');
    if (this.#packs?.key !== key) this.#packs = { key, packs: this.deps.load(all.map((p) => p.id)) };
    return this.#packs.packs;
  }
}
