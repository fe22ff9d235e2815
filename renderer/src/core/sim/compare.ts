import type { DetailLevel, Intervention, Readout, Step } from '../pack/schema.ts';
import type { PackIndex } from '../graph/pack-index.ts';
import { simulate, type Simulation } from './simulate.ts';

export interface ReadoutResult {
  readout: Readout;
  /** On in the perturbed run. */
  kept: boolean;
  /** On in the baseline (stimulus, no interventions). */
  baseline: boolean;
  /** On even without the stimulus under these interventions: the stimulus adds nothing. */
  occluded: boolean;
  /** Where the signal to this readout stopped, when it was lost. */
  stoppedAt?: StopPoint;
}

export interface StopPoint {
  step: Step;
  stepNumber: number;
  node: string;
  cause?: Intervention;
}

export interface LabRun {
  baseline: Simulation;
  perturbed: Simulation;
  readouts: ReadoutResult[];
  /** First step (among those visible) whose nodes differ from the baseline. */
  firstStop?: StopPoint;
}

const isUp = (sim: Simulation, id: string) => sim.final.on.has(id);

/**
 * Runs the pack's stimulus with and without the chosen interventions and
 * reports, per readout, kept or lost and where the signal stopped.
 */
export function runLab(
  index: PackIndex,
  interventions: readonly Intervention[],
  { detail = 'advanced', stimulus = true }: { detail?: DetailLevel; stimulus?: boolean } = {},
): LabRun {
  const baseline = simulate(index, { stimulus: true, interventions: [] });
  const perturbed = simulate(index, { stimulus, interventions });
  const steps = index.visibleSteps('advanced');
  const numberOf = new Map(index.visibleSteps(detail).map((s, i) => [s.id, i + 1]));
  const firstStepOf = (node: string) => steps.find((s) => s.nodes.includes(node));
  const causeOf = (node: string) => interventions.find((iv) => iv.targets.some((t) => ('node' in t ? t.node === node : index.edges.get(t.edge)?.target === node)));
  const changed = (node: string) => isUp(baseline, node) !== isUp(perturbed, node) || perturbed.state.get(node) === 'neutralized';

  const stopFor = (node: string): StopPoint | undefined => {
    const step = firstStepOf(node);
    if (!step) return undefined;
    const shown = numberOf.has(step.id) ? step : index.visibleSteps(detail).find((s) => steps.indexOf(s) >= steps.indexOf(step)) ?? step;
    return { step: shown, stepNumber: numberOf.get(shown.id) ?? 0, node, cause: causeOf(node) };
  };

  // Walk back from a lost readout along edges that carried signal in the
  // baseline; the earliest changed node on the way is where the signal stopped.
  const explain = (readout: string): StopPoint | undefined => {
    const seen = new Set<string>([readout]);
    const queue = [readout];
    let best: { node: string; order: number } | undefined;
    for (let q = 0; q < queue.length; q++) {
      const id = queue[q]!;
      if (changed(id)) {
        const order = steps.indexOf(firstStepOf(id)!);
        if (order >= 0 && (!best || order < best.order)) best = { node: id, order };
      }
      for (const e of index.inEdges.get(id) ?? []) {
        if (baseline.final.conducting.has(e.id) && !seen.has(e.source)) {
          seen.add(e.source);
          queue.push(e.source);
        }
      }
    }
    return best ? stopFor(best.node) : undefined;
  };

  const readouts = index.pack.readouts.map((readout): ReadoutResult => {
    const kept = isUp(perturbed, readout.node);
    const base = isUp(baseline, readout.node);
    return {
      readout,
      kept,
      baseline: base,
      occluded: kept && stimulus && perturbed.rest.on.has(readout.node),
      stoppedAt: base && !kept ? explain(readout.node) : undefined,
    };
  });

  const firstChanged = steps.flatMap((s) => s.nodes).find(changed);
  return { baseline, perturbed, readouts, firstStop: firstChanged ? stopFor(firstChanged) : undefined };
}

/** Does the model reproduce what the cited experiment observed? */
export function agreesWithExperiment(index: PackIndex, iv: Intervention): boolean | undefined {
  const observed = iv.experiment?.observed;
  if (!observed) return undefined;
  const sim = simulate(index, { stimulus: observed.stimulus, interventions: [iv] });
  return observed.nodes.every((o) => sim.final.on.has(o.node) === (o.state === 'present'));
}
