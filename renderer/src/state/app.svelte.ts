import type { PathwayDb, Position } from '../store/db.ts';
import { countCards, countDue } from '../store/cards.ts';
import { readPosition, readSettings, writePosition, writeSetting } from '../store/settings.ts';
import type { Platform } from '../platform/platform.ts';
import { choosePlatform } from '../platform/choose-platform.ts';
import type { PackIndex } from '../core/graph/pack-index.ts';
import { simulate, type Simulation } from '../core/sim/simulate.ts';
import { figureDeckId, packDeckId } from '../core/srs/deck-ids.ts';
import type { PathwayPack } from '../core/pack/schema.ts';
import type { FigureRecord } from '../core/pfocr/figure-record.ts';
import { Player } from './player.svelte.ts';
import { Settings } from './settings.svelte.ts';
import { QuizState } from './quiz.svelte.ts';
import { BackupKeeper } from './backup-keeper.svelte.ts';
import { LibraryState } from './library.svelte.ts';
import { ProgressState } from './progress.svelte.ts';
import { Navigation, isMode, type Mode } from './navigation.svelte.ts';
import { DatabaseUnavailable, openStore } from './startup.ts';
import { Clock, Live } from './live.svelte.ts';
import { Lesson } from './lesson.svelte.ts';
import { DepthLinks } from './depth-links.svelte.ts';
import { buildQuestions } from '../workers/build-questions.ts';

export { MODES, type Mode } from './navigation.svelte.ts';

/**
 * The app's state, as the views see it: the open pathway, and the parts that
 * each own one concern — start-up and seeding (startup.ts), navigation, the
 * library, the quiz, progress, saving and the automatic backup. Views read and
 * change data only through these; none of them reaches the store.
 */
export class AppState {
  status = $state<'loading' | 'ready' | 'error'>('loading');
  error = $state('');
  /** The database exists but could not be opened: offer to save the learner's records. */
  canRescue = $state(false);
  /** A calm, non-blocking message (a restored backup, a write that failed). */
  notice = $state('');
  /** The open pathway: as stored, as the learner started it, with the lab's tools (see lesson.svelte.ts). */
  readonly lesson = new Lesson();
  figure = $state.raw<FigureRecord | undefined>();
  get pack(): PathwayPack | undefined { return this.lesson.pack; }
  get index(): PackIndex | undefined { return this.lesson.index; }
  /** The cascade with the stimulus alone: what "on" means while exploring. */
  baseline = $derived<Simulation | undefined>(this.index ? simulate(this.index, { stimulus: true, interventions: [] }) : undefined);

  db!: PathwayDb;
  readonly host: Platform = choosePlatform();
  readonly clock = new Clock();
  readonly settings = new Settings();
  readonly player = new Player(() => this.index);
  readonly nav = new Navigation({ player: this.player, index: () => this.index, entered: (mode) => this.entered(mode) });
  /** The automatic backup of learner progress (see backup-keeper.svelte.ts). */
  readonly backup = new BackupKeeper({
    db: () => this.db,
    store: () => this.host.backup,
    appVersion: () => this.host.appVersion(),
    position: () => this.currentPosition(),
    savePosition: () => this.savePosition(),
  });
  readonly library = new LibraryState({ db: () => this.db, host: () => this.host, progressRemoved: () => this.backup.resync() });
  readonly depth = new DepthLinks({ library: () => this.library.packs, load: async (ids) => (await this.library.getPacks(ids)).map((s) => s.pack) });
  readonly progress = new ProgressState({ db: () => this.db, host: () => this.host, changed: () => this.backup.resync() });
  readonly quiz = new QuizState({
    db: () => this.db,
    retention: () => this.settings.retention,
    saved: (card, review) => {
      this.clock.tick();
      void this.backup.recordAnswer(card, review);
    },
  });

  /** The deck the Quiz and Progress views show: the one open in the quiz, else the open pack's. */
  deckId = $derived(this.quiz.deck?.id ?? (this.pack && packDeckId(this.pack.id)));
  /** The one due count (and cards studied) of that deck: index counts, kept current by answers, imports and the clock. */
  readonly #counts = $derived.by(() => {
    const deck = this.deckId;
    const now = this.clock.now;
    return deck && this.status === 'ready' ? new Live(async () => ({ due: await countDue(this.db, deck, now), studied: await countCards(this.db, deck) }), { due: 0, studied: 0 }) : undefined;
  });
  get dueCount(): number {
    return this.#counts?.current.due ?? 0;
  }
  get studied(): number {
    return this.#counts?.current.studied ?? 0;
  }

  async start(): Promise<void> {
    try {
      const { db, seeded } = await openStore(this.host);
      this.db = db;
      await this.backup.restoreIfEmpty();
      const settings = await readSettings(this.db);
      this.settings.load(settings);
      // Open the last pack (or the first bundled one) straight away; the library list follows by itself.
      const firstBundled = seeded.manifest.packs[0]?.id;
      const wanted = typeof settings.lastPack === 'string' && (await this.library.hasPack(settings.lastPack)) ? settings.lastPack : firstBundled;
      if (!wanted) throw new Error('No pathway pack is stored, and none is bundled.');
      await this.openPack(wanted);
      performance.mark('pe:pack-open');
      if (isMode(settings.lastMode)) this.nav.mode = settings.lastMode;
      if (this.nav.mode === 'quiz' || this.nav.mode === 'progress') await this.openPackDeck();
      this.status = 'ready';
      // The other bundled pathways are stored after the first paint; the library list follows by itself.
      seeded.later.catch((err: unknown) => (this.notice = `A bundled pathway could not be stored (${err instanceof Error ? err.message : String(err)}). Everything else works.`));
      void this.backup.watch();
      this.host.onFlushRequest(() => this.backup.flushAndWait());
    } catch (err) {
      this.canRescue = err instanceof DatabaseUnavailable;
      this.error = err instanceof Error ? err.message : String(err);
      this.status = 'error';
    }
  }

  async openPack(id: string): Promise<void> {
    const stored = await this.library.getPack(id);
    if (!stored) throw new Error(`Pack ${id} is not stored.`);
    const [figure, position] = await Promise.all([this.library.getFigure(stored.figureId), readPosition(this.db, id)]);
    this.nav.reset();
    this.lesson.open(stored.pack, position?.start);
    this.figure = figure?.record;
    this.player.restore(position?.detail ?? 'basic', position?.stepId);
    void writeSetting(this.db, 'lastPack', id);
    if (this.status === 'ready' && (this.nav.mode === 'quiz' || this.nav.mode === 'progress')) await this.openPackDeck();
  }

  /** "Explore this pathway in depth": another pathway, opened in Explore at the same gene product, with the way back. */
  async exploreInDepth(packId: string, node: string): Promise<void> {
    const from = this.pack && this.nav.selectedNode ? { pack: this.pack.id, title: this.pack.title, node: this.nav.selectedNode } : undefined;
    await this.openPack(packId);
    this.nav.showNode(node, 'explore');
    this.nav.returnTo = undefined;
    this.nav.cameFrom = from;
  }

  /** Back to the pathway an "Explore in depth" link came from, at the part it left. */
  async goBack(): Promise<void> {
    const from = this.nav.cameFrom;
    if (!from) return;
    await this.openPack(from.pack);
    this.nav.showNode(from.node, 'explore');
    this.nav.returnTo = undefined;
  }

  /** Start the signal somewhere else (a pathway whose lesson is derived from its graph): the player starts over there, and the place is remembered. */
  setStart(node: string): void {
    if (!this.lesson.choosable || this.lesson.start === node) return;
    this.lesson.start = node;
    this.player.restore(this.player.detail, undefined);
    void this.savePosition();
  }

  private entered(mode: Mode): void {
    if ((mode === 'quiz' || mode === 'progress') && this.pack && this.quiz.deck?.id !== packDeckId(this.pack.id)) void this.openPackDeck();
    void writeSetting(this.db, 'lastMode', mode);
  }

  /** A figure record on its own: caption gaps and keyword flashcards. */
  async openFigureQuiz(record: FigureRecord): Promise<void> {
    const { figureQuestions } = await import('../core/quiz/figure-questions.ts');
    const { rng } = await import('../core/quiz/random.ts');
    await this.quiz.open({ id: figureDeckId(record.id), title: record.title ?? record.id, questions: figureQuestions(record, rng(1)) });
    this.nav.mode = 'quiz';
  }

  /** The open pack's quiz deck (the question bank is built in a worker: a large pathway takes a while). */
  async openPackDeck(): Promise<void> {
    const index = this.lesson.quizIndex!;
    const questions = await buildQuestions(index.pack);
    if (this.lesson.quizIndex !== index) return;
    await this.quiz.open({ id: packDeckId(index.pack.id), title: index.pack.title, questions });
  }

  saveSettings(): Promise<unknown> {
    return Promise.all(Object.entries(this.settings.toJSON()).map(([k, v]) => {
      this.backup.noteSetting(k, v);
      return writeSetting(this.db, k, v);
    }));
  }

  private currentPosition(): Position | undefined {
    const pack = this.pack;
    if (!pack) return undefined;
    const start = this.lesson.start;
    return { packId: pack.id, stepId: this.player.frame?.step.id, detail: this.player.detail, ...(start ? { start } : {}), updatedAt: Date.now() };
  }

  /** Where the learner is in the cascade, stored (and kept for the backup). */
  async savePosition(): Promise<void> {
    const position = this.currentPosition();
    if (!position) return;
    this.backup.notePosition(position);
    try {
      await writePosition(this.db, position);
    } catch (err) {
      this.notice = `Your place could not be saved (${err instanceof Error ? err.message : String(err)}). Everything saved before is intact.`;
    }
  }
}
