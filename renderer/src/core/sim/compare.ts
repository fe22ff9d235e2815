import type { DetailLevel, Intervention, PathwayNode, Readout, Step } from '../pack/schema.ts';
import type { PackIndex } from '../graph/pack-index.ts';
import { simulate, type Simulation } from './simulate.ts';
import { expectedOutcomes, type ExpectedOutcome } from './expected.ts';
import { drives, edgeRole } from './edge-role.ts';

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
  /**
   * Why nothing else made up for the loss, when a node on the way behaved
   * unlike a plain OR of its inputs (an AND gate with a live input, a tonic
   * cell that adapted): that node's logicNote.
   */
  why?: string;
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

/** Would a plain OR of the node's inputs give its state? If not, its own logic decided. */
function plainOr(index: PackIndex, sim: Simulation, node: PathwayNode): boolean {
  const inputs = index.inEdges.get(node.id)!.filter((e) => sim.final.conducting.has(e.id));
  if (inputs.some((e) => edgeRole(e) === 'inhibit')) return false;
  const drivers = index.inEdges.get(node.id)!.filter(drives);
  return drivers.length === 0 ? node.basal : inputs.length > 0;
}

/**
 * Runs the pack's stimulus with and without the chosen interventions and
 * reports, per readout, kept or lost, where the signal stopped and why.
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
  const order = (node: string) => steps.findIndex((s) => s.nodes.includes(node));
  const targeted = (node: string) => interventions.some((iv) => iv.targets.some((t) => ('node' in t ? t.node === node : index.edges.get(t.edge)?.target === node)));
  const causeOf = (node: string) => interventions.find((iv) => iv.targets.some((t) => ('node' in t ? t.node === node : index.edges.get(t.edge)?.target === node)));
  // The stimulus left out on purpose (a mimic given alone) is not a change to explain.
  const changed = (node: string) => (stimulus || node !== index.pack.stimulus) && (isUp(baseline, node) !== isUp(perturbed, node) || perturbed.state.get(node) === 'neutralized');

  const stopFor = (node: string): StopPoint | undefined => {
    const step = steps[order(node)];
    if (!step) return undefined;
    const shown = numberOf.has(step.id) ? step : index.visibleSteps(detail).find((s) => steps.indexOf(s) >= steps.indexOf(step)) ?? step;
    return { step: shown, stepNumber: numberOf.get(shown.id) ?? 0, node, cause: causeOf(node) };
  };

  // Walk back from a lost readout along edges that carried signal in either
  // run, and links from intervention targets. The signal stopped at the
  // earliest intervention target on the way or, failing one, at the earliest
  // changed node. The explanation adds the logicNote of the node that decided
  // against a plain OR of its inputs (an AND gate with a live input, a tonic
  // cell that adapted), preferring one fed by an intervention target.
  const explain = (readout: string): { stop?: StopPoint; why?: string } => {
    const seen = new Set<string>([readout]);
    const queue = [readout];
    for (let q = 0; q < queue.length; q++) {
      for (const e of index.inEdges.get(queue[q]!) ?? []) {
        const carries = baseline.final.conducting.has(e.id) || perturbed.final.conducting.has(e.id) || targeted(e.source);
        if (carries && !seen.has(e.source)) {
          seen.add(e.source);
          queue.push(e.source);
        }
      }
    }
    const byOrder = (a: string, b: string) => order(a) - order(b);
    const path = queue.filter((id) => order(id) >= 0);
    const stop = path.filter(targeted).sort(byOrder)[0] ?? path.filter(changed).sort(byOrder)[0];
    const fedByTarget = (id: string) => index.inEdges.get(id)!.some((e) => targeted(e.source)) ? 0 : 1;
    const gate = path
      .filter((id) => !targeted(id) && changed(id) && index.node(id).logicNote && plainOr(index, perturbed, index.node(id)) !== isUp(perturbed, id))
      .sort((a, b) => fedByTarget(a) - fedByTarget(b) || byOrder(a, b))[0];
    return { stop: stop ? stopFor(stop) : undefined, why: gate ? index.node(gate).logicNote : undefined };
  };

  const readouts = index.pack.readouts.map((readout): ReadoutResult => {
    const kept = isUp(perturbed, readout.node);
    const base = isUp(baseline, readout.node);
    const lost = base && !kept ? explain(readout.node) : {};
    return {
      readout,
      kept,
      baseline: base,
      occluded: kept && stimulus && perturbed.rest.on.has(readout.node),
      ...(lost.stop ? { stoppedAt: lost.stop } : {}),
      ...(lost.why ? { why: lost.why } : {}),
    };
  });

  // Where the signal stops for the run as a whole: only when something the stimulus produces is lost.
  const inOrder = steps.flatMap((s) => s.nodes);
  const first = readouts.some((r) => r.baseline && !r.kept) ? inOrder.find(targeted) ?? inOrder.find(changed) : undefined;
  return { baseline, perturbed, readouts, firstStop: first ? stopFor(first) : undefined };
}

export interface ComparisonRow {
  node: string;
  label: string;
  expected: ExpectedOutcome;
  model: 'kept' | 'lost';
  /** Undefined where the experiment did not measure the readout. */
  agrees?: boolean;
}

export interface ExperimentComparison {
  stimulus: boolean;
  rows: ComparisonRow[];
  /** Every measured readout as the model predicts. */
  agrees: boolean;
}

/**
 * Runs the intervention as its cited experiment did (with or without the
 * stimulus) and compares the model, readout by readout, with what was found.
 */
export function compareWithExperiment(index: PackIndex, iv: Intervention): ExperimentComparison | undefined {
  const table = expectedOutcomes(index.pack, iv);
  if (!table) return undefined;
  const run = runLab(index, [iv], { stimulus: table.stimulus });
  const rows = table.rows.map((row): ComparisonRow => {
    const model = run.readouts.find((r) => r.readout.node === row.node)!.kept ? 'kept' : 'lost';
    return { ...row, model, ...(row.expected === 'not measured' ? {} : { agrees: row.expected === model }) };
  });
  return { stimulus: table.stimulus, rows, agrees: rows.every((r) => r.agrees !== false) };
}

/** Does the model reproduce what the cited experiment found? Undefined when nothing was measured. */
export function agreesWithExperiment(index: PackIndex, iv: Intervention): boolean | undefined {
  const c = compareWithExperiment(index, iv);
  if (!c || !c.rows.some((r) => r.agrees !== undefined)) return undefined;
  return c.agrees;
}
