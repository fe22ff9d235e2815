/**
 * The compartment hierarchy (cell ⊃ organelle, space ⊃ cell…), one helper for
 * every place that needs parents, depth or ancestors: layouts, the quiz, the
 * GPML importer. Unknown ids and cycles in bad input end the walk safely.
 */
export class CompartmentTree {
  private readonly parentOf = new Map<string, string | undefined>();

  constructor(compartments: readonly { id: string; parent?: string }[]) {
    for (const c of compartments) this.parentOf.set(c.id, c.parent);
  }

  has(id: string): boolean {
    return this.parentOf.has(id);
  }

  parent(id: string): string | undefined {
    return this.parentOf.get(id);
  }

  /** Ancestors, nearest first (excluding `id`). */
  ancestors(id: string): string[] {
    const out: string[] = [];
    const seen = new Set([id]);
    for (let p = this.parentOf.get(id); p !== undefined && !seen.has(p); p = this.parentOf.get(p)) {
      out.push(p);
      seen.add(p);
    }
    return out;
  }

  depth(id: string): number {
    return this.ancestors(id).length;
  }

  /** Root-first path, e.g. "ecs/post/er": sorting by it keeps relatives together. */
  path(id: string): string {
    return [...this.ancestors(id).reverse(), id].join('/');
  }

  /** Whether one of the two contains the other (or they are the same). */
  related(a: string, b: string): boolean {
    return a === b || this.ancestors(a).includes(b) || this.ancestors(b).includes(a);
  }

  /** The given compartments plus all their ancestors. */
  withAncestors(ids: Iterable<string>): Set<string> {
    const out = new Set<string>();
    for (const id of ids) {
      out.add(id);
      for (const a of this.ancestors(id)) out.add(a);
    }
    return out;
  }
}
