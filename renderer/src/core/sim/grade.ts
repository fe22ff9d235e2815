import type { LabRun, ReadoutResult } from './compare.ts';

export interface GradedPrediction {
  result: ReadoutResult;
  predictedKept: boolean;
  correct: boolean;
  /** Why the outcome is what it is: the step where the signal stopped and, when a gate decided, why nothing made up for it. */
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
  // Why nothing else made up for it (the other trophic factor, another input of a gate).
  return `${name} is lost: the signal stops at step ${stop.stepNumber}, “${stop.step.title}”${cause}.${r.why ? ` ${r.why}` : ''}`;
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
