import type { Intervention } from '../pack/schema.ts';

/** What a set of interventions does to the network, as sets the update rule reads. */
export interface Perturbation {
  /** Held off: inhibited nodes. */
  forcedOff: Set<string>;
  /** Held on: activated nodes (an inhibition of the same node wins). */
  forcedOn: Set<string>;
  /** Made, but acting on nothing (a neutralizing antibody). */
  silenced: Set<string>;
  /** Links cut by an edge target. */
  cutEdges: Set<string>;
  /**
   * Nodes and links removed by a genetic intervention (a knockdown or
   * deletion made weeks before the test). Tonic cells adapt to such a chronic
   * loss; see the update rule.
   */
  geneticNodes: Set<string>;
  geneticEdges: Set<string>;
}

export function perturbation(interventions: readonly Intervention[]): Perturbation {
  const p: Perturbation = { forcedOff: new Set(), forcedOn: new Set(), silenced: new Set(), cutEdges: new Set(), geneticNodes: new Set(), geneticEdges: new Set() };
  for (const iv of interventions) {
    const chronic = iv.kind === 'genetic' && iv.action === 'inhibit';
    for (const t of iv.targets) {
      if ('edge' in t) {
        if (iv.action !== 'activate') p.cutEdges.add(t.edge);
        if (chronic) p.geneticEdges.add(t.edge);
      } else if (iv.action === 'inhibit') {
        p.forcedOff.add(t.node);
        if (chronic) p.geneticNodes.add(t.node);
      } else if (iv.action === 'neutralize') p.silenced.add(t.node);
      else p.forcedOn.add(t.node);
    }
  }
  // An inhibited node stays off even if something else would force it on.
  for (const n of p.forcedOff) p.forcedOn.delete(n);
  return p;
}
