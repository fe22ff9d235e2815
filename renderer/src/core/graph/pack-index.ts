import type { DetailLevel, PathwayEdge, PathwayNode, PathwayPack, Step } from '../pack/schema.ts';
import { cyclicVertices, stronglyConnected } from './scc.ts';
import { carriesSignal, drives } from '../sim/edge-role.ts';

const visibleAt = (item: { detail: DetailLevel }, detail: DetailLevel) => detail === 'advanced' || item.detail === 'basic';

/**
 * Lookups over one validated pack. Every mode (diagram, player, lab, quiz)
 * reads the pathway through this one index, so they cannot disagree.
 */
export class PackIndex {
  readonly nodes = new Map<string, PathwayNode>();
  readonly edges = new Map<string, PathwayEdge>();
  readonly steps = new Map<string, Step>();
  readonly outEdges = new Map<string, PathwayEdge[]>();
  readonly inEdges = new Map<string, PathwayEdge[]>();
  private readonly stepsOfNode = new Map<string, Step[]>();
  private readonly orderCache = new Map<DetailLevel, string[]>();
  private cyclic?: ReadonlySet<string>;
  private loops?: ReadonlyMap<string, number>;

  constructor(readonly pack: PathwayPack) {
    for (const n of pack.nodes) {
      this.nodes.set(n.id, n);
      this.outEdges.set(n.id, []);
      this.inEdges.set(n.id, []);
      this.stepsOfNode.set(n.id, []);
    }
    for (const e of pack.edges) {
      this.edges.set(e.id, e);
      this.outEdges.get(e.source)?.push(e);
      this.inEdges.get(e.target)?.push(e);
    }
    for (const s of pack.steps) {
      this.steps.set(s.id, s);
      for (const n of s.nodes) this.stepsOfNode.get(n)?.push(s);
    }
  }

  node(id: string): PathwayNode {
    const n = this.nodes.get(id);
    if (!n) throw new Error(`unknown node ${id}`);
    return n;
  }

  visibleSteps(detail: DetailLevel): Step[] {
    return this.pack.steps.filter((s) => visibleAt(s, detail));
  }

  visibleNodes(detail: DetailLevel): PathwayNode[] {
    return this.pack.nodes.filter((n) => visibleAt(n, detail));
  }

  visibleEdges(detail: DetailLevel): PathwayEdge[] {
    return this.pack.edges.filter((e) => visibleAt(e, detail));
  }

  isVisible(item: { detail: DetailLevel }, detail: DetailLevel): boolean {
    return visibleAt(item, detail);
  }

  stepsOf(nodeId: string): Step[] {
    return this.stepsOfNode.get(nodeId) ?? [];
  }

  /**
   * Nodes in causal order: by the first step that shows them, then by
   * breadth-first distance from the stimulus along edges, then pack order.
   */
  causalOrder(detail: DetailLevel): string[] {
    const cached = this.orderCache.get(detail);
    if (cached) return cached;
    const first = new Map<string, number>();
    this.visibleSteps(detail).forEach((s, i) => s.nodes.forEach((n) => first.has(n) || first.set(n, i)));
    const dist = new Map<string, number>([[this.pack.stimulus, 0]]);
    const queue = [this.pack.stimulus];
    for (let q = 0; q < queue.length; q++) {
      const id = queue[q]!;
      for (const e of this.outEdges.get(id) ?? []) {
        if (!dist.has(e.target) && visibleAt(e, detail)) {
          dist.set(e.target, dist.get(id)! + 1);
          queue.push(e.target);
        }
      }
    }
    const nodes = this.visibleNodes(detail);
    const pos = new Map(nodes.map((n, i) => [n.id, i]));
    const key = (id: string) => [first.get(id) ?? Infinity, dist.get(id) ?? Infinity, pos.get(id)!];
    const order = nodes.map((n) => n.id).sort((a, b) => {
      const [ka, kb] = [key(a), key(b)];
      for (let i = 0; i < 3; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
      return 0;
    });
    this.orderCache.set(detail, order);
    return order;
  }

  /** Nodes that lie on a directed cycle of signal-carrying edges (strongly connected components of two or more). */
  cyclicNodes(): ReadonlySet<string> {
    this.cyclic ??= cyclicVertices(stronglyConnected(this.pack.nodes.map((n) => n.id), (id) => this.outEdges.get(id)!.filter(carriesSignal).map((e) => e.target)));
    return this.cyclic;
  }

  /**
   * Component of each node over edges that can switch their target on
   * (activation, necessary stimulation, catalysis: sim/edge-role.ts): two
   * nodes share one when each can switch the other on, that is, when they
   * lie on a positive feedback loop together.
   */
  positiveLoops(): ReadonlyMap<string, number> {
    this.loops ??= stronglyConnected(this.pack.nodes.map((n) => n.id), (id) => this.outEdges.get(id)!.filter(drives).map((e) => e.target));
    return this.loops;
  }
}
