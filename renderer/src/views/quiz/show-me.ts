import type { AppState } from '../../state/app.svelte.ts';
import type { DetailLevel } from '../../core/pack/schema.ts';

/**
 * "Show me" jumps to a question's step in Explore, switching to Advanced when
 * only Advanced has it. Coming back to the quiz puts the learner's own place
 * (detail level and step) back, unless they moved on from the step shown.
 */
interface Place {
  packId: string;
  detail: DetailLevel;
  stepId?: string;
}
let before: Place | undefined;
let shown: Place | undefined;

const placeOf = (app: AppState): Place | undefined =>
  app.pack ? { packId: app.pack.id, detail: app.player.detail, stepId: app.player.frame?.step.id } : undefined;
const same = (a: Place | undefined, b: Place | undefined) => !!a && !!b && a.packId === b.packId && a.detail === b.detail && a.stepId === b.stepId;

export function showMe(app: AppState, stepId: string): void {
  // A second "Show me" before returning keeps the place from before the first.
  if (!shown || !same(placeOf(app), shown)) before = placeOf(app);
  app.nav.showStep(stepId);
  shown = placeOf(app);
}

/** Called when the quiz is shown again. */
export function putBack(app: AppState): void {
  const back = before;
  const left = shown;
  before = shown = undefined;
  if (!back || !same(placeOf(app), left)) return;
  app.player.restore(back.detail, back.stepId);
}
