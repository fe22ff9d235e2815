import { playStep, type CueJob } from './cue.ts';
import type { DiagramView, EdgeLook, NodeLook } from './diagram-view.ts';
import type { StepSchedule } from './step-schedule.ts';

/**
 * A step's events in time (step-schedule.ts): nodes of the current step keep
 * their earlier look until the signal reaches them, and each edge takes its
 * new look when its event is over, while the cues travel on their own layer.
 */
export class StepAnimation {
  /** Current-step nodes that have taken their state (undefined: no animation, everything as the view says). */
  arrived = $state.raw<ReadonlySet<string> | undefined>();
  done = $state.raw<ReadonlySet<string> | undefined>();

  /**
   * Plays one step; returns the teardown. `unit` is one edge's travel time in ms.
   * `progressive` false (a figure of hundreds of nodes): the step's parts take
   * their state at once and only the cues travel, since every change of state
   * repaints the whole figure.
   */
  play(schedule: StepSchedule | undefined, unit: number, cueLayer: SVGGElement, pathOf: (edgeId: string) => SVGPathElement | null, isCut: (edgeId: string) => boolean, progressive = true): () => void {
    if (!schedule || !schedule.length || !progressive) this.arrived = this.done = undefined;
    if (!schedule || !schedule.length) return () => {};
    const stopCues = () => playStep(cueLayer, cueJobs(schedule, unit, pathOf, isCut), !progressive);
    if (!progressive) return stopCues();
    // Local copies: the caller's effect must not depend on the sets these timers grow.
    const drained = new Set(schedule.edges.filter((e) => e.event === 'drain' || e.event === 'lift').map((e) => e.id));
    this.arrived = new Set([...schedule.arrivals].filter(([, t]) => t === 0).map(([id]) => id));
    this.done = drained;
    const timers = new Map<number, { nodes: string[]; edges: string[] }>();
    const at = (t: number) => timers.get(t) ?? timers.set(t, { nodes: [], edges: [] }).get(t)!;
    for (const [id, t] of schedule.arrivals) if (t > 0) at(t).nodes.push(id);
    for (const e of schedule.edges) if (!drained.has(e.id)) at(e.end).edges.push(e.id);
    const handles = [...timers].map(([t, { nodes, edges }]) =>
      setTimeout(() => {
        this.arrived = new Set([...(this.arrived ?? []), ...nodes]);
        this.done = new Set([...(this.done ?? []), ...edges]);
      }, t * unit),
    );
    const stop = stopCues();
    return () => {
      handles.forEach(clearTimeout);
      stop();
    };
  }

  nodeLook(view: DiagramView, id: string): NodeLook {
    const look = view.nodes.get(id) ?? 'plain';
    if (!this.arrived || !view.currentNodes.has(id) || this.arrived.has(id)) return look;
    return view.schedule?.wasOn.has(id) ? 'on' : 'future';
  }

  edgeLook(view: DiagramView, id: string): EdgeLook {
    const look = view.edges.get(id) ?? 'plain';
    return this.done && view.currentEdges.has(id) && !this.done.has(id) ? 'future' : look;
  }
}

/** A dozen moving signals already say "it flows here"; more is noise and costs frames on big packs. */
function cueJobs(schedule: StepSchedule, unit: number, pathOf: (edgeId: string) => SVGPathElement | null, isCut: (edgeId: string) => boolean): CueJob[] {
  return schedule.edges.slice(0, 12).flatMap((e) => {
    const path = pathOf(e.id);
    if (!path || e.event === 'quiet') return [];
    return [{ path, event: e.event, delay: e.start * unit, duration: unit, ...(isCut(e.id) ? { haltAt: 0.5 } : {}) }];
  });
}
