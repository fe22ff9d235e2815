import type { Intervention, PathwayEdge } from '../pack/schema.ts';
import type { PackIndex } from '../graph/pack-index.ts';

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

interface Perturbation {
  forcedOff: Set<string>;
  forcedOn: Set<string>;
  silenced: Set<string>;
  cutEdges: Set<string>;
}

function perturbation(interventions: readonly Intervention[]): Perturbation {
  const p: Perturbation = { forcedOff: new Set(), forcedOn: new Set(), silenced: new Set(), cutEdges: new Set() };
  for (const iv of interventions) {
    for (const t of iv.targets) {
      if ('edge' in t) {
        if (iv.action !== 'activate') p.cutEdges.add(t.edge);
      } else if (iv.action === 'inhibit') p.forcedOff.add(t.node);
      else if (iv.action === 'neutralize') p.silenced.add(t.node);
      else p.forcedOn.add(t.node);
    }
  }
  // An inhibited node stays off even if something else would force it on.
  for (const n of p.forcedOff) p.forcedOn.delete(n);
  return p;
}

/**
 * Synchronous Boolean update to a fixpoint. Rule per node: on when its
 * positive inputs are satisfied (any or all, per node logic; every
 * "necessary" input required; basal nodes need none) and no negative input
 * conducts. "Unknown" influences count as positive.
 */
function settle(index: PackIndex, start: ReadonlySet<string>, stimulusOn: boolean, p: Perturbation, held: ReadonlySet<string> = new Set()): SteadyState {
  const stimulus = index.pack.stimulus;
  const conducts = (e: PathwayEdge, on: ReadonlySet<string>) =>
    on.has(e.source) && !p.silenced.has(e.source) && !p.cutEdges.has(e.id);

  const next = (on: ReadonlySet<string>): Set<string> => {
    const out = new Set<string>();
    for (const node of index.pack.nodes) {
      const id = node.id;
      if (p.forcedOff.has(id) || held.has(id)) continue;
      if (p.forcedOn.has(id)) {
        out.add(id);
        continue;
      }
      if (id === stimulus) {
        if (stimulusOn) out.add(id);
        continue;
      }
      let anyPos = false;
      let allPos = true;
      let positives = 0;
      let necessaryOk = true;
      let negative = false;
      for (const e of index.inEdges.get(id)!) {
        const c = conducts(e, on);
        if (e.kind === 'negative') negative ||= c;
        else if (e.kind === 'necessary') necessaryOk &&= c;
        else {
          positives++;
          anyPos ||= c;
          allPos &&= c;
        }
      }
      const driven = positives === 0 ? node.basal || hasNecessary(index, id) : node.logic === 'all' ? allPos : anyPos;
      if (driven && necessaryOk && !negative) out.add(id);
    }
    return out;
  };

  const seen = new Map<string, number>();
  const key = (s: ReadonlySet<string>) => index.pack.nodes.map((n) => (s.has(n.id) ? '1' : '0')).join('');
  const history: Set<string>[] = [];
  let current = new Set(start);
  const limit = 4 * index.pack.nodes.length + 16;
  for (let i = 0; i < limit; i++) {
    const k = key(current);
    const before = seen.get(k);
    if (before !== undefined) {
      const cycle = history.slice(before);
      const oscillating = cycle.length > 1 ? index.pack.nodes.map((n) => n.id).filter((id) => cycle.some((s) => s.has(id) !== cycle[0]!.has(id))) : [];
      return finish(index, current, i, oscillating, conducts);
    }
    seen.set(k, i);
    history.push(current);
    current = next(current);
  }
  return finish(index, current, limit, [], conducts);
}

function hasNecessary(index: PackIndex, id: string): boolean {
  return index.inEdges.get(id)!.some((e) => e.kind === 'necessary');
}

function finish(
  index: PackIndex,
  on: Set<string>,
  iterations: number,
  oscillating: string[],
  conducts: (e: PathwayEdge, on: ReadonlySet<string>) => boolean,
): SteadyState {
  const conducting = new Set(index.pack.edges.filter((e) => conducts(e, on)).map((e) => e.id));
  return { on, conducting, iterations, oscillating };
}

export function simulate(index: PackIndex, scenario: Scenario): Simulation {
  const p = perturbation(scenario.interventions);
  // Rest is established in two phases. During start-up a tonic node can be
  // on for an instant before its inhibitor catches up (the pyramidal neuron
  // before GABA arrives); that blip must not ignite a feedback loop. So loops
  // are held off until everything else has settled, then released: a loop is
  // on at rest only if something keeps driving it.
  const basal = new Set(index.pack.nodes.filter((n) => n.basal).map((n) => n.id));
  const primed = settle(index, basal, false, p, index.cyclicNodes());
  const rest = settle(index, primed.on, false, p);
  const final = scenario.stimulus ? settle(index, rest.on, true, p) : rest;
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
