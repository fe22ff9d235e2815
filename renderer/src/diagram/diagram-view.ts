import type { PackIndex } from '../core/graph/pack-index.ts';
import type { TimelineFrame } from '../core/graph/timeline.ts';
import type { Simulation } from '../core/sim/simulate.ts';
import type { Intervention } from '../core/pack/schema.ts';
import { scheduleStep, type StepSchedule } from './step-schedule.ts';

/** How a node is drawn; each has a non-colour cue (shape, hatch or a word tag). */
export type NodeLook = 'future' | 'on' | 'off' | 'blocked' | 'neutralized' | 'forced' | 'lost' | 'plain';
export type EdgeLook = 'future' | 'on' | 'off' | 'cut' | 'plain';

export interface DiagramView {
  nodes: Map<string, NodeLook>;
  edges: Map<string, EdgeLook>;
  /** What the current step lights (drawn emphasised). */
  currentNodes: ReadonlySet<string>;
  currentEdges: ReadonlySet<string>;
  /** The order of this step's events: what travels where, and when each node takes its state. */
  schedule?: StepSchedule;
  /** Where the signal stops (an intervention target), marked with a bar. */
  stops: ReadonlySet<string>;
  /** Tools applied, by the node or edge they act on (shown before any result is). */
  applied?: ReadonlyMap<string, string[]>;
  /** Where a figure too big for the window should look, when not at the current step's nodes. */
  focusNodes?: ReadonlySet<string>;
}

/** Class list of an edge path, and the marker that matches its tone: one place for diagram and legend. */
export const edgeClass = (kind: string, look: EdgeLook, model: boolean, current = false) =>
  `edge ${look} ${kind}${model ? ' model' : ''}${current ? ' current' : ''}`;
export const markerUrl = (prefix: string, kind: string, look: EdgeLook) =>
  `url(#${prefix}-${kind}-${look === 'on' || look === 'off' || look === 'cut' ? look : 'base'})`;

export const NODE_TAG: Partial<Record<NodeLook, string>> = {
  off: 'off',
  blocked: 'blocked',
  neutralized: 'neutralized',
  forced: 'forced on',
  lost: 'lost',
};

/**
 * Explore and Play: revealed steps show the state the stimulus produces
 * (so the interneuron receptor ketamine blocks reads "off"); later steps
 * are dim. Without a frame (no step chosen) everything is plain.
 */
export function cascadeView(index: PackIndex, frame: TimelineFrame | undefined, sim: Simulation, compare?: Simulation): DiagramView {
  const nodes = new Map<string, NodeLook>();
  const edges = new Map<string, EdgeLook>();
  const stops = new Set<string>();
  for (const [id, state] of sim.state) {
    if (!frame) {
      nodes.set(id, 'plain');
      continue;
    }
    if (!frame.revealedNodes.has(id)) {
      nodes.set(id, 'future');
      continue;
    }
    if (state === 'blocked' || state === 'neutralized' || state === 'forced') {
      nodes.set(id, state);
      stops.add(id);
    } else if (state === 'on') nodes.set(id, 'on');
    else nodes.set(id, compare?.final.on.has(id) ? 'lost' : 'off');
  }
  for (const e of index.pack.edges) {
    if (!frame) edges.set(e.id, 'plain');
    else if (!frame.revealedEdges.has(e.id)) edges.set(e.id, 'future');
    else if (sim.final.conducting.has(e.id)) edges.set(e.id, 'on');
    else if (sim.scenario.interventions.some((iv) => iv.targets.some((t) => 'edge' in t && t.edge === e.id))) edges.set(e.id, 'cut');
    else edges.set(e.id, 'off');
  }
  return {
    nodes,
    edges,
    currentNodes: frame?.currentNodes ?? new Set(),
    currentEdges: frame?.currentEdges ?? new Set<string>(),
    schedule: frame ? scheduleStep(index, frame, sim) : undefined,
    stops,
  };
}

/**
 * The lab before a run: the figure as it is, with each chosen tool marked on
 * what it acts on — and nothing of the outcome (no states, no dimming).
 */
export function appliedView(index: PackIndex, interventions: readonly Intervention[]): DiagramView {
  const applied = new Map<string, string[]>();
  for (const iv of interventions) for (const t of iv.targets) {
    const id = 'node' in t ? t.node : t.edge;
    applied.set(id, [...(applied.get(id) ?? []), iv.name]);
  }
  // The tool chosen last is brought into view (on a large pathway it may sit far off screen).
  const last = interventions[interventions.length - 1];
  const onNode = (t: Intervention['targets'][number]) => ('node' in t ? t.node : index.edges.get(t.edge)?.target);
  const focusNodes = new Set((last?.targets ?? []).map(onNode).filter((id): id is string => !!id));
  return {
    focusNodes,
    nodes: new Map(index.pack.nodes.map((n) => [n.id, 'plain'])),
    edges: new Map(index.pack.edges.map((e) => [e.id, 'plain'])),
    currentNodes: new Set(),
    currentEdges: new Set(),
    stops: new Set(),
    applied,
  };
}
