import type { DetailLevel, Step } from '../pack/schema.ts';
import type { PackIndex } from './pack-index.ts';

export interface TimelineFrame {
  /** 0-based position among the steps visible at this detail level. */
  index: number;
  count: number;
  step: Step;
  /** Everything shown by this step or an earlier one. */
  revealedNodes: ReadonlySet<string>;
  revealedEdges: ReadonlySet<string>;
  /** What this step itself lights. */
  currentNodes: ReadonlySet<string>;
  currentEdges: ReadonlySet<string>;
}

/** What is on at each step: earlier steps stay on, later ones are not yet revealed. */
export function timeline(index: PackIndex, detail: DetailLevel): TimelineFrame[] {
  const steps = index.visibleSteps(detail);
  const nodes = new Set<string>();
  const edges = new Set<string>();
  return steps.map((step, i) => {
    step.nodes.forEach((n) => nodes.add(n));
    step.edges.forEach((e) => edges.add(e));
    return {
      index: i,
      count: steps.length,
      step,
      revealedNodes: new Set(nodes),
      revealedEdges: new Set(edges),
      currentNodes: new Set(step.nodes),
      currentEdges: new Set(step.edges),
    };
  });
}

/** Clamp a remembered step to what exists at a (possibly different) detail level. */
export function stepIndexFor(index: PackIndex, detail: DetailLevel, stepId: string | undefined): number {
  const steps = index.visibleSteps(detail);
  if (!stepId) return 0;
  const at = steps.findIndex((s) => s.id === stepId);
  if (at >= 0) return at;
  // The remembered step is advanced-only: go to the last visible step before it.
  const order = index.pack.steps.findIndex((s) => s.id === stepId);
  let best = 0;
  steps.forEach((s, i) => {
    if (index.pack.steps.indexOf(s) < order) best = i;
  });
  return best;
}
