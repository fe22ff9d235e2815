import type { Intervention } from '../pack/schema.ts';
import { PackIndex } from '../graph/pack-index.ts';
import { compareWithExperiment, runLab } from './compare.ts';

/**
 * How firmly a predicted outcome can be taught:
 * measured — the cited experiment measured this readout;
 * trusted — the same prediction follows from verified and established links
 *   alone, without the authors' model or the app's modelling devices;
 * model — it rests on the model: a model prediction, never a quiz key.
 */
export type Basis = 'measured' | 'trusted' | 'model';

export interface ReadoutBasis {
  node: string;
  label: string;
  kept: boolean;
  basis: Basis;
}

const trustedCache = new WeakMap<PackIndex, PackIndex>();

/** The pack with only its verified and established links (and no modelling devices). */
export function trustedOnly(index: PackIndex): PackIndex {
  let t = trustedCache.get(index);
  if (!t) {
    const trusted = (e: { evidence: { status: string }; device?: boolean }) => (e.evidence.status === 'verified' || e.evidence.status === 'established') && !e.device;
    t = new PackIndex({ ...index.pack, edges: index.pack.edges.filter(trusted) });
    trustedCache.set(index, t);
  }
  return t;
}

/** Per readout produced by the stimulus: the model's prediction under the intervention and how firm it is. */
export function readoutBasis(index: PackIndex, iv: Intervention): ReadoutBasis[] {
  const run = runLab(index, [iv]);
  const measured = compareWithExperiment(index, iv);
  const trusted = runLab(trustedOnly(index), [iv]);
  return run.readouts
    .filter((r) => r.baseline)
    .map((r) => {
      const row = measured?.stimulus ? measured.rows.find((m) => m.node === r.readout.node) : undefined;
      const t = trusted.readouts.find((x) => x.readout.node === r.readout.node)!;
      const basis: Basis = row && row.expected !== 'not measured' ? 'measured' : t.baseline && t.kept === r.kept ? 'trusted' : 'model';
      return { node: r.readout.node, label: r.readout.label, kept: r.kept, basis };
    });
}
