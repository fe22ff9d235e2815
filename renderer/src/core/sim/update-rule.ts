import type { PathwayEdge, PathwayNode } from '../pack/schema.ts';
import type { PackIndex } from '../graph/pack-index.ts';
import type { Perturbation } from './perturbation.ts';
import { carriesSignal, edgeRole } from './edge-role.ts';

/**
 * settle: the plain Boolean rule. ignite: the same, except that an AND node
 * (logic "all", or with "necessary" inputs) gives the benefit of the doubt to
 * inputs that lie on a positive loop back through itself, provided one of its
 * inputs really conducts. Ignition lets a self-reinforcing loop whose members
 * each need the other (mutual heterologous release) start from a real
 * trigger; the normal settle that follows keeps it only if it sustains itself.
 */
export type UpdateMode = 'settle' | 'ignite';

export interface UpdateContext {
  index: PackIndex;
  p: Perturbation;
  stimulusOn: boolean;
  /** Nodes held off whatever their inputs (used while priming rest). */
  held: ReadonlySet<string>;
  mode: UpdateMode;
}

/** An edge conducts when it can carry signal at all (see edge-role.ts), its source is on and acts, and it is not cut. */
export function conducts(p: Perturbation, e: PathwayEdge, on: ReadonlySet<string>): boolean {
  return carriesSignal(e) && on.has(e.source) && !p.silenced.has(e.source) && !p.cutEdges.has(e.id);
}

/** Could this input ever carry signal under the perturbation? Only such inputs get the benefit of the doubt. */
const couldConduct = (p: Perturbation, e: PathwayEdge) => !p.forcedOff.has(e.source) && !p.silenced.has(e.source) && !p.cutEdges.has(e.id);

/**
 * One node's next state. On when its positive inputs are satisfied (any, or
 * all with logic "all"; a node without positive inputs needs none if it is
 * basal or has necessary inputs or catalysts), every necessary input
 * conducts, at least one of its catalysts (if it has any) conducts, and no
 * negative input conducts. Edges that carry no signal (plain lines, bindings,
 * unknown signs: edge-role.ts) are not inputs at all.
 *
 * Chronic loss: for a basal (tonic) node, positive drivers removed by a
 * genetic intervention no longer count as inputs. If none is left, the node
 * falls back to its tonic activity: a cell adapts to a knockdown made weeks
 * earlier, but an acute block (a drug, an antibody, chemogenetics) silences it.
 */
export function nodeOn(ctx: UpdateContext, node: PathwayNode, on: ReadonlySet<string>): boolean {
  const { index, p } = ctx;
  if (p.forcedOff.has(node.id) || ctx.held.has(node.id)) return false;
  if (p.forcedOn.has(node.id)) return true;
  if (node.id === index.pack.stimulus) return ctx.stimulusOn;
  const inputs = index.inEdges.get(node.id)!;
  if (inputs.some((e) => edgeRole(e) === 'inhibit' && conducts(p, e, on))) return false;
  const necessary = inputs.filter((e) => edgeRole(e) === 'require');
  // Several catalysts of one product are alternatives (isozymes): one is enough, but one is needed.
  const catalysts = inputs.filter((e) => edgeRole(e) === 'catalyse');
  let positives = inputs.filter((e) => edgeRole(e) === 'activate');
  if (node.basal) positives = positives.filter((e) => !p.geneticNodes.has(e.source) && !p.geneticEdges.has(e.id));

  let ok = (e: PathwayEdge) => conducts(p, e, on);
  const and = node.logic === 'all' || necessary.length > 0 || (catalysts.length > 0 && positives.length > 0);
  if (ctx.mode === 'ignite' && and && [...positives, ...necessary, ...catalysts].some(ok)) {
    const loops = index.positiveLoops();
    const own = loops.get(node.id);
    const real = ok;
    ok = (e) => real(e) || (loops.get(e.source) === own && couldConduct(p, e));
  }
  const driven = positives.length === 0 ? node.basal || necessary.length > 0 || catalysts.length > 0 : node.logic === 'all' ? positives.every(ok) : positives.some(ok);
  return driven && necessary.every(ok) && (catalysts.length === 0 || catalysts.some(ok));
}
