import type { Intervention, PathwayPack } from '../pack/schema.ts';

export type ExpectedOutcome = 'kept' | 'lost' | 'not measured';

export interface ExpectedRow {
  node: string;
  label: string;
  expected: ExpectedOutcome;
}

export interface ExpectedTable {
  /** Whether the experiment gave the stimulus (a mimic such as Ro 25-6981 is given without it). */
  stimulus: boolean;
  /** One row per readout of the pack, in pack order. */
  rows: ExpectedRow[];
}

/**
 * What the intervention's cited experiment found, per readout: kept, lost or
 * not measured. Undefined when the pack cites no experiment for it (the lab
 * then shows a model prediction). This is what the lab grades against.
 */
export function expectedOutcomes(pack: PathwayPack, iv: Intervention): ExpectedTable | undefined {
  const exp = iv.experiment;
  if (!exp || exp.stimulus === undefined) return undefined;
  const measured = exp.outcomes ?? {};
  return {
    stimulus: exp.stimulus,
    rows: pack.readouts.map((r) => ({ node: r.node, label: r.label, expected: measured[r.node] ?? 'not measured' })),
  };
}
