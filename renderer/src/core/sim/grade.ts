import type { LabRun, ReadoutResult } from './compare.ts';
import type { ExpectedTable } from './expected.ts';

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

export type Prediction = 'kept' | 'lost' | 'unsure';
export type Outcome = 'kept' | 'lost';

/** One readout of a lab run, as the results table shows it. */
export interface LabRow {
  result: ReadoutResult;
  /** What the model predicts under the interventions. */
  model: Outcome;
  /** What the cited experiment found, where it measured this readout (one intervention, same condition). */
  published?: Outcome;
  /** The answer a prediction is graded against: the published result where there is one, else the model. */
  key: Outcome;
  keySource: 'published' | 'model';
  explanation: string;
}

export interface GradedRow extends LabRow {
  predicted: Prediction;
  verdict: 'right' | 'wrong' | 'unsure';
}

/**
 * The readouts the stimulus produces, each with the model's outcome under the
 * interventions and, where a single intervention's cited experiment measured
 * it under the same condition, the published outcome — which is what a
 * prediction is graded against. Where the two differ both are shown.
 */
export function labRows(run: LabRun, published?: ExpectedTable, stimulus = true): LabRow[] {
  const measured = published && published.stimulus === stimulus ? published : undefined;
  return run.readouts
    .filter((r) => r.baseline)
    .map((result) => {
      const model: Outcome = result.kept ? 'kept' : 'lost';
      const found = measured?.rows.find((row) => row.node === result.readout.node)?.expected;
      const pub: Outcome | undefined = found === 'kept' || found === 'lost' ? found : undefined;
      const differs = pub && pub !== model ? ` The published experiment found it ${pub}, unlike the model: see “Experts disagree”.` : '';
      return {
        result, model, ...(pub ? { published: pub } : {}), key: pub ?? model, keySource: pub ? 'published' : 'model',
        explanation: explainReadout(result) + differs,
      } satisfies LabRow;
    });
}

/** Grades each prediction against its row's key; "not sure" is neither right nor wrong. */
export function gradeLab(rows: readonly LabRow[], predictions: ReadonlyMap<string, Prediction>): { rows: GradedRow[]; right: number; graded: number } {
  const graded = rows.map((row): GradedRow => {
    const predicted = predictions.get(row.result.readout.node) ?? 'unsure';
    return { ...row, predicted, verdict: predicted === 'unsure' ? 'unsure' : predicted === row.key ? 'right' : 'wrong' };
  });
  return { rows: graded, right: graded.filter((g) => g.verdict === 'right').length, graded: graded.filter((g) => g.verdict !== 'unsure').length };
}
