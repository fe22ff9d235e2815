import type { PackIndex } from '../core/graph/pack-index.ts';
import type { TimelineFrame } from '../core/graph/timeline.ts';
import type { Simulation } from '../core/sim/simulate.ts';

/**
 * What happens along an edge during its step:
 * - flow: an activating signal travels to the target;
 * - inhibit: an inhibiting signal travels and its bar strikes the target;
 * - drain: a signal that flowed at rest stops (the flow empties from source to target);
 * - lift: an inhibition that acted at rest stops — the brake lifts;
 * - halt: a signal travels but stops at a wall (a cut edge, or a blocked target);
 * - quiet: nothing flows, before or after.
 */
export type EdgeEvent = 'flow' | 'inhibit' | 'drain' | 'lift' | 'halt' | 'quiet';

export interface ScheduledEdge {
  id: string;
  event: EdgeEvent;
  /** Start and end, in units of one edge's travel time. */
  start: number;
  end: number;
}

export interface StepSchedule {
  edges: ScheduledEdge[];
  /** When each node of the step takes its new state, in the same units. */
  arrivals: Map<string, number>;
  /** Nodes of the step that were active at rest (they are drawn on until the news reaches them). */
  wasOn: ReadonlySet<string>;
  /** Length of the whole step's animation, in units. */
  length: number;
}

/**
 * Orders a step's edges along the signal: an edge starts when its source
 * has taken its new state (at once if the source was shown by an earlier
 * step), and a node takes its state when the last of its incoming step edges
 * arrives — so a node lights when the signal reaches it, never before.
 */
export function scheduleStep(index: PackIndex, frame: TimelineFrame, sim: Simulation, drawn: (edgeId: string) => boolean = () => true): StepSchedule {
  const edges = [...frame.currentEdges].filter((id) => index.edges.has(id) && drawn(id)).map((id) => index.edges.get(id)!);
  const arrivals = new Map<string, number>();
  for (const n of frame.currentNodes) arrivals.set(n, 0);
  const interventionCuts = new Set(sim.scenario.interventions.flatMap((iv) => iv.targets.flatMap((t) => ('edge' in t ? [t.edge] : []))));
  const blocked = (id: string) => sim.state.get(id) === 'blocked';

  // Longest path over the step's own edges. Edges closing a loop inside the step (found by a
  // depth-first search started in causal order) do not delay anyone, so loops stay finite.
  const rank = new Map(index.causalOrder('advanced').map((id, i) => [id, i]));
  const byRank = (a: string, b: string) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
  const inStep = (id: string) => frame.currentNodes.has(id);
  const out = new Map<string, typeof edges>();
  for (const e of edges) if (inStep(e.source) && inStep(e.target)) out.set(e.source, [...(out.get(e.source) ?? []), e]);
  const back = new Set<string>();
  const state = new Map<string, 1 | 2>();
  const visit = (id: string) => {
    state.set(id, 1);
    for (const e of out.get(id) ?? []) {
      if (state.get(e.target) === 1) back.add(e.id);
      else if (!state.has(e.target)) visit(e.target);
    }
    state.set(id, 2);
  };
  for (const id of [...frame.currentNodes].sort(byRank)) if (!state.has(id)) visit(id);
  const forward = edges.filter((e) => !back.has(e.id));
  const start = new Map<string, number>();
  // Relax in rounds (at most one per step node): fine for the handful of edges a step has.
  for (let round = 0; round <= frame.currentNodes.size; round++) {
    let changed = false;
    for (const e of forward) {
      const s = inStep(e.source) ? (arrivals.get(e.source) ?? 0) : 0;
      start.set(e.id, s);
      if (inStep(e.target) && arrivals.get(e.target)! < s + 1) {
        arrivals.set(e.target, s + 1);
        changed = true;
      }
    }
    if (!changed) break;
  }
  for (const e of edges) if (back.has(e.id)) start.set(e.id, arrivals.get(e.source) ?? 0);
  const sorted = [...edges].sort((a, b) => start.get(a.id)! - start.get(b.id)! || byRank(a.source, b.source));

  const event = (id: string): EdgeEvent => {
    const e = index.edges.get(id)!;
    const now = sim.final.conducting.has(id);
    const before = sim.rest.conducting.has(id);
    if (interventionCuts.has(id) && sim.final.on.has(e.source)) return 'halt';
    if (now && blocked(e.target)) return 'halt';
    if (now) return e.kind === 'negative' ? 'inhibit' : 'flow';
    if (before) return e.kind === 'negative' ? 'lift' : 'drain';
    return 'quiet';
  };
  const scheduled = sorted.map((e) => ({ id: e.id, event: event(e.id), start: start.get(e.id)!, end: start.get(e.id)! + 1 }));
  const wasOn = new Set([...frame.currentNodes].filter((n) => sim.rest.on.has(n)));
  const length = Math.max(0, ...scheduled.map((e) => e.end), ...arrivals.values());
  return { edges: scheduled, arrivals, wasOn, length };
}
