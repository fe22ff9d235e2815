import type { PathwayEdge, PathwayNode } from '../pack/schema.ts';
import { edgeRole } from '../sim/edge-role.ts';

export const TONIC_NOTE =
  'Drawn with inhibitors only, so the lab takes it as active at rest: otherwise inhibiting it could never matter. The pathway record does not say whether it is.';

/**
 * Nodes whose only signal-carrying inputs are inhibitions (TSC2 ⊣ RHEB in
 * TOR signalling; PI3K ⊣ CASP3 in BDNF signalling) are marked `basal`: a
 * diagram draws an inhibitor onto something that is otherwise active, and
 * without this the lab would hold such a node off forever, so relieving the
 * inhibition (Akt inhibiting TSC2, which releases RHEB and mTORC1) could
 * never be shown. A modelling assumption, said in `logicNote`. Returns how
 * many nodes were marked.
 */
export function markTonicNodes(nodes: PathwayNode[], edges: readonly PathwayEdge[]): number {
  const inputs = new Map<string, string[]>();
  for (const e of edges) {
    const role = edgeRole(e);
    if (role !== 'none' && e.source !== e.target) inputs.set(e.target, [...(inputs.get(e.target) ?? []), role]);
  }
  let marked = 0;
  for (const n of nodes) {
    const roles = inputs.get(n.id) ?? [];
    if (roles.length === 0 || roles.some((r) => r !== 'inhibit')) continue;
    n.basal = true;
    n.logicNote = TONIC_NOTE;
    marked++;
  }
  return marked;
}
