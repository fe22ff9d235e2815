import type { PathwayPack } from '../core/pack/schema.ts';
import { PackIndex } from '../core/graph/pack-index.ts';
import { startCandidates, withLesson, type StartCandidate } from '../core/graph/derive-lesson.ts';
import { withLab } from '../core/sim/lab-pack.ts';

/**
 * Only a lesson derived from the pathway's graph (a database pathway such as
 * a WikiPathways file) can start elsewhere: an authored lesson's steps were
 * written by a teacher and keep their order.
 */
export const canChooseStart = (pack: PathwayPack) => !!pack.provenance.database;

/**
 * The open pathway in the three forms the views use, all from one stored
 * pack so they cannot disagree: `index` is the lesson as the learner started
 * it (Explore and the lab), `labIndex` the same with the lab's tools and
 * readouts (a model tool per entity where none are authored), `quizIndex`
 * the pack as stored (its default start), so the quiz deck and its cards do
 * not change when the learner starts the signal somewhere else.
 */
export class Lesson {
  stored = $state.raw<PathwayPack | undefined>();
  /** The node the learner chose to start the signal at; undefined = the pack's own start. */
  start = $state<string | undefined>();

  readonly choosable = $derived(!!this.stored && canChooseStart(this.stored));
  readonly candidates = $derived<StartCandidate[]>(this.stored && this.choosable ? startCandidates(this.stored) : []);
  readonly quizIndex = $derived(this.stored ? new PackIndex(this.stored) : undefined);
  readonly pack = $derived.by(() => {
    const stored = this.stored;
    const start = this.start;
    if (!stored || !this.choosable || !start || start === stored.stimulus || !stored.nodes.some((n) => n.id === start)) return stored;
    return withLesson(stored, start);
  });
  readonly index = $derived(this.pack === this.stored ? this.quizIndex : this.pack && new PackIndex(this.pack));
  readonly labIndex = $derived.by(() => {
    const pack = this.pack;
    if (!pack) return undefined;
    const lab = withLab(pack);
    return lab === pack ? this.index : new PackIndex(lab);
  });

  /** A stored pack opens at the learner's remembered start, if it still exists. */
  open(pack: PathwayPack, start: string | undefined): void {
    this.stored = pack;
    this.start = start && canChooseStart(pack) && pack.nodes.some((n) => n.id === start) ? start : undefined;
  }
}
