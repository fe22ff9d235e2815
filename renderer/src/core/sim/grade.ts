import type { LabRun, ReadoutResult } from './compare.ts';

export interface GradedPrediction {
  result: ReadoutResult;
  predictedKept: boolean;
  correct: boolean;
  /** One sentence: why the outcome is what it is, pointing at the step where the signal stopped. */
  explanation: string;
}

export function explainReadout(r: ReadoutResult): string {
  const name = r.readout.label;
  if (r.kept) {
    if (r.occluded) return `${name} still happens — even without the stimulus, so the stimulus adds nothing (occlusion).`;
    return `${name} still happens: the signal reaches it.`;
  }
  const stop = r.stoppedAt;
  if (!stop) return `${name} does not happen.`;
  const cause = stop.cause ? ` (${stop.cause.name})` : '';
  return `${name} is lost: the signal stops at step ${stop.stepNumber}, “${stop.step.title}”${cause}.`;
}

/**
 * Grades the learner's kept/lost predictions against the simulation. Only
 * readouts the stimulus produces on its own are graded: the question is which
 * of them survive the intervention.
 */
export function gradePredictions(run: LabRun, predictedKept: ReadonlySet<string>): { graded: GradedPrediction[]; right: number } {
  const graded = run.readouts
    .filter((r) => r.baseline)
    .map((result) => {
      const predicted = predictedKept.has(result.readout.node);
      return { result, predictedKept: predicted, correct: predicted === result.kept, explanation: explainReadout(result) };
    });
  return { graded, right: graded.filter((g) => g.correct).length };
}
