import type { PathwayEdge } from '../pack/schema.ts';

/**
 * What an edge does in the lab's Boolean model:
 * activate — a positive input (any one is enough, or all with logic "all");
 * inhibit — a conducting one switches the target off;
 * require — a necessary stimulation: always needed;
 * catalyse — an enzyme on the reaction that makes the target: the target
 *   needs at least one of its catalysts as well as its other inputs;
 * none — carries no signal: a plain line, a binding, or an edge whose sign
 *   the source does not give.
 *
 * Hand-written packs use only the four SBGN kinds, so for them the role is
 * the kind (positive → activate, negative → inhibit, necessary → require),
 * exactly as before imported pathways existed. See docs/pack-format.md,
 * "How the lab simulates".
 */
export type EdgeRole = 'activate' | 'inhibit' | 'require' | 'catalyse' | 'none';

/** Interaction types that say two things are linked without saying which way the signal goes. */
const SIGNLESS = new Set(['line', 'binding']);

export function edgeRole(e: PathwayEdge): EdgeRole {
  // A plain line gives no direction; a binding says the two meet, not that one switches the other on.
  if (e.directed === false || (e.interaction && SIGNLESS.has(e.interaction))) return 'none';
  // An unknown sign (modification, cleavage, an unrecognised arrowhead) is not guessed.
  if (e.kind === 'unknown') return 'none';
  if (e.kind === 'negative') return 'inhibit';
  if (e.kind === 'necessary') return 'require';
  return e.interaction === 'catalysis' ? 'catalyse' : 'activate';
}

/** Does this edge ever carry signal in the lab? */
export const carriesSignal = (e: PathwayEdge): boolean => edgeRole(e) !== 'none';

/** Can this edge switch its target on (every signal-carrying role but inhibition)? */
export const drives = (e: PathwayEdge): boolean => {
  const r = edgeRole(e);
  return r !== 'none' && r !== 'inhibit';
};
