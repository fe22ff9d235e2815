import type { Intervention } from '../pack/schema.ts';
import { PackIndex } from '../graph/pack-index.ts';
import { compareWithExperiment, runLab } from './compare.ts';
import { simulate } from './simulate.ts';

/**
 * How firmly a predicted outcome can be taught:
 * measured — the cited experiment measured this readout;
 * trusted — the same prediction follows from verified and established links
 *   alone, whatever the links resting on the authors' model turn out to be;
 * model — it rests on the model: a model prediction, never a quiz key.
 */
export type Basis = 'measured' | 'trusted' | 'model';

export interface ReadoutBasis {
  node: string;
  label: string;
  kept: boolean;
  basis: Basis;
}

interface Trusted {
  index: PackIndex;
  /** Nodes driven only through model links: in the open variant something else is assumed to drive them. */
  open: Intervention[];
}

const cache = new WeakMap<PackIndex, Trusted>();
const basisCache = new WeakMap<PackIndex, WeakMap<Intervention, ReadoutBasis[]>>();

/** The pack with only its verified and established links (no model links, no modelling devices). */
export function trustedOnly(index: PackIndex): Trusted {
  let t = cache.get(index);
  if (!t) {
    const keep = (e: { evidence: { status: string }; device?: boolean }) => (e.evidence.status === 'verified' || e.evidence.status === 'established') && !e.device;
    const trusted = new PackIndex({ ...index.pack, edges: index.pack.edges.filter(keep) });
    const orphaned = index.pack.nodes.filter((n) => n.id !== index.pack.stimulus && index.inEdges.get(n.id)!.length > 0 && trusted.inEdges.get(n.id)!.length === 0);
    const open = orphaned.map((n): Intervention => ({
      id: `assume-${n.id}`, name: n.label, kind: 'drug', action: 'activate', targets: [{ node: n.id }], mechanism: 'assumed', description: 'assumed', evidence: { status: 'unverified', refs: [], note: 'assumed' },
    }));
    t = { index: trusted, open };
    cache.set(index, t);
  }
  return t;
}

/**
 * Per readout the stimulus produces: the model's prediction under the
 * intervention and how firm it is. A prediction is trusted only if it also
 * holds with the model links removed, both when what they drove is then
 * silent and when something else is assumed to drive it.
 */
export function readoutBasis(index: PackIndex, iv: Intervention): ReadoutBasis[] {
  const byIv = basisCache.get(index) ?? new WeakMap<Intervention, ReadoutBasis[]>();
  basisCache.set(index, byIv);
  const hit = byIv.get(iv);
  if (hit) return hit;
  const run = runLab(index, [iv]);
  const measured = compareWithExperiment(index, iv);
  const t = trustedOnly(index);
  const variants = [[], t.open].map((extra) => ({
    base: simulate(t.index, { stimulus: true, interventions: extra }).final.on,
    perturbed: simulate(t.index, { stimulus: true, interventions: [...extra, iv] }).final.on,
  }));
  const out = run.readouts
    .filter((r) => r.baseline)
    .map((r): ReadoutBasis => {
      const node = r.readout.node;
      const row = measured?.stimulus ? measured.rows.find((m) => m.node === node) : undefined;
      const robust = variants.every((v) => v.base.has(node) && v.perturbed.has(node) === r.kept);
      const basis: Basis = row && row.expected !== 'not measured' ? 'measured' : robust ? 'trusted' : 'model';
      return { node, label: r.readout.label, kept: r.kept, basis };
    });
  byIv.set(iv, out);
  return out;
}
