import type { Intervention, PathwayEdge } from '../pack/schema.ts';
import type { PackIndex } from '../graph/pack-index.ts';
import { perturbation, type Perturbation } from './perturbation.ts';
import { conducts, nodeOn, type UpdateContext, type UpdateMode } from './update-rule.ts';

export interface Scenario {
  /** Whether the pack's stimulus (ketamine) is given. */
  stimulus: boolean;
  interventions: readonly Intervention[];
}

export type NodeState = 'on' | 'off' | 'blocked' | 'neutralized' | 'forced';

export interface SteadyState {
  /** Node output after the update rule (a neutralized node is on but acts on nothing). */
  on: ReadonlySet<string>;
  /** Edges carrying signal at the steady state. */
  conducting: ReadonlySet<string>;
  iterations: number;
  /** Nodes that keep flipping (a negative loop): reported instead of hanging. */
  oscillating: string[];
}

export interface Simulation {
  scenario: Scenario;
  /** Steady state with the stimulus given (or not, per scenario). */
  final: SteadyState;
  /** Steady state at rest under the same interventions, before the stimulus. */
  rest: SteadyState;
  state: ReadonlyMap<string, NodeState>;
}

/** Synchronous updates from `start` until a state repeats: a fixpoint, or a cycle reported as oscillation. */
function settle(ctx: UpdateContext, start: ReadonlySet<string>): SteadyState {
  const { index, p } = ctx;
  const next = (on: ReadonlySet<string>) => new Set(index.pack.nodes.filter((n) => nodeOn(ctx, n, on)).map((n) => n.id));
  const seen = new Map<string, number>();
  const key = (s: ReadonlySet<string>) => index.pack.nodes.map((n) => (s.has(n.id) ? '1' : '0')).join('');
  const history: Set<string>[] = [];
  let current = new Set(start);
  const limit = 4 * index.pack.nodes.length + 16;
  for (let i = 0; i < limit; i++) {
    const before = seen.get(key(current));
    if (before !== undefined) {
      const cycle = history.slice(before);
      const oscillating = cycle.length > 1 ? index.pack.nodes.map((n) => n.id).filter((id) => cycle.some((s) => s.has(id) !== cycle[0]!.has(id))) : [];
      return finish(index, p, current, i, oscillating);
    }
    seen.set(key(current), i);
    history.push(current);
    current = next(current);
  }
  return finish(index, p, current, limit, []);
}

function finish(index: PackIndex, p: Perturbation, on: Set<string>, iterations: number, oscillating: string[]): SteadyState {
  const conducting = new Set(index.pack.edges.filter((e: PathwayEdge) => conducts(p, e, on)).map((e) => e.id));
  return { on, conducting, iterations, oscillating };
}

/**
 * Settle, then ignite: self-reinforcing loops that a real trigger can start
 * are given the chance to switch on, and a second plain settle keeps them only
 * where they sustain themselves (see update-rule.ts).
 */
function settleAndIgnite(ctx: UpdateContext, start: ReadonlySet<string>): SteadyState {
  const least = settle(ctx, start);
  const lit = settle({ ...ctx, mode: 'ignite' }, least.on);
  if (lit.on.size === least.on.size && [...lit.on].every((id) => least.on.has(id))) return least;
  return settle(ctx, lit.on);
}

export function simulate(index: PackIndex, scenario: Scenario): Simulation {
  const p = perturbation(scenario.interventions);
  const ctx = (stimulusOn: boolean, held: ReadonlySet<string> = new Set(), mode: UpdateMode = 'settle'): UpdateContext => ({ index, p, stimulusOn, held, mode });
  // Rest is established in two phases. During start-up a tonic node can be
  // on for an instant before its inhibitor catches up (the pyramidal neuron
  // before GABA arrives); that blip must not ignite a feedback loop. So loops
  // are held off until everything else has settled, then released: a loop is
  // on at rest only if something keeps driving it.
  const basal = new Set(index.pack.nodes.filter((n) => n.basal).map((n) => n.id));
  const primed = settle(ctx(false, index.cyclicNodes()), basal);
  const rest = settleAndIgnite(ctx(false), primed.on);
  const final = scenario.stimulus ? settleAndIgnite(ctx(true), rest.on) : rest;
  const state = new Map<string, NodeState>();
  for (const n of index.pack.nodes) {
    const s: NodeState = p.forcedOff.has(n.id)
      ? 'blocked'
      : p.forcedOn.has(n.id)
        ? 'forced'
        : p.silenced.has(n.id) && final.on.has(n.id)
          ? 'neutralized'
          : final.on.has(n.id)
            ? 'on'
            : 'off';
    state.set(n.id, s);
  }
  return { scenario, final, rest, state };
}
