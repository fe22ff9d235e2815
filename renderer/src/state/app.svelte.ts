import { PathwayDb } from '../store/db.ts';
import { countCards, countDue } from '../store/cards.ts';
import { seedFromBundle } from '../store/seed.ts';
import { parseManifest } from '../core/pack/bundle-manifest.ts';
import { getFigure, getPack, hasPack, listPacks, type PackSummary } from '../store/library.ts';
import { readPosition, readSettings, writePosition, writeSetting } from '../store/settings.ts';
import { platform, type Platform } from '../platform/platform.ts';
import { PackIndex } from '../core/graph/pack-index.ts';
import { stepIndexFor } from '../core/graph/timeline.ts';
import { simulate, type Simulation } from '../core/sim/simulate.ts';
import type { PathwayPack } from '../core/pack/schema.ts';
import type { FigureRecord } from '../core/pfocr/figure-record.ts';
import { Player } from './player.svelte.ts';
import { Settings } from './settings.svelte.ts';
import { QuizState, type Deck } from './quiz.svelte.ts';
import { BackupKeeper } from './backup-keeper.svelte.ts';
import type { Position } from '../store/db.ts';

// A hint only (the database is the truth): which manifest was last seeded, so a
// first run can start fetching the bundle before IndexedDB has answered.
const HINT = 'pathway-explorer:seeded-manifest';
const seededHint = () => {
  try {
    return localStorage.getItem(HINT);
  } catch {
    return null;
  }
};
const rememberSeeded = (text: string) => {
  try {
    localStorage.setItem(HINT, text);
  } catch {
    /* the hint is optional */
  }
};

export const MODES = [
  { id: 'explore', label: 'Explore' },
  { id: 'lab', label: 'Lab' },
  { id: 'quiz', label: 'Quiz' },
  { id: 'progress', label: 'Progress' },
  { id: 'library', label: 'Library' },
] as const;
export type Mode = (typeof MODES)[number]['id'];

/** App-wide state: the open pack, the mode, settings and the player. */
export class AppState {
  status = $state<'loading' | 'ready' | 'error'>('loading');
  error = $state('');
  /** The database exists but could not be opened: offer to save the learner's records. */
  canRescue = $state(false);
  /** A calm, non-blocking message (a restored backup, a write that failed). */
  notice = $state('');
  /** Cards of the open pack due now, and studied at all (index counts: no need to load the deck). */
  dueCount = $state(0);
  studied = $state(0);
  mode = $state<Mode>('explore');
  packs = $state<PackSummary[]>([]);
  pack = $state.raw<PathwayPack | undefined>();
  figure = $state.raw<FigureRecord | undefined>();
  /** Node picked in the details panel (click, focus or a gene in the figure record). */
  selectedNode = $state<string | undefined>();
  /** Nodes highlighted from elsewhere (a gene clicked in the figure record). */
  highlighted = $state.raw<ReadonlySet<string> | undefined>();
  index = $derived(this.pack ? new PackIndex(this.pack) : undefined);
  /** The cascade with the stimulus alone: what "on" means while exploring. */
  baseline = $derived<Simulation | undefined>(this.index ? simulate(this.index, { stimulus: true, interventions: [] }) : undefined);

  readonly settings = new Settings();
  readonly player = new Player(() => this.index);
  /** The automatic backup of learner progress (see backup-keeper.svelte.ts). */
  readonly backup = new BackupKeeper({
    db: () => this.db,
    store: () => this.host.backup,
    appVersion: () => this.host.appVersion(),
    position: () => this.currentPosition(),
    savePosition: () => this.savePosition(),
  });
  readonly quiz = new QuizState(() => this.db, () => this.settings.retention, (card, review) => {
    void this.refreshCounts();
    void this.backup.recordAnswer(card, review);
  });
  /** Where "Show me" came from, so Explore can offer the way back. */
  returnTo = $state<Mode | undefined>();
  db!: PathwayDb;
  host!: Platform;

  async start(): Promise<void> {
    try {
      this.host = await platform();
      this.db = new PathwayDb();
      // Open the database and fetch the bundle manifest at the same time. On what looks
      // like a first run (no hint that this manifest was seeded), fetch the bundled
      // files right away too, instead of after the database says they are missing.
      const manifest = this.host.bundle.manifest();
      manifest.catch(() => {});
      const reads = new Map<string, Promise<string>>();
      const read = (f: string) => {
        if (!reads.has(f)) reads.set(f, this.host.bundle.read(f));
        return reads.get(f)!;
      };
      void manifest.then((text) => {
        const parsed = seededHint() === text ? undefined : parseManifest(text);
        if (!parsed?.ok) return;
        for (const e of [...parsed.value.packs, ...parsed.value.figures]) read(e.file).catch(() => {});
        void import('../core/pack/validate-pack.ts');
        void import('../core/pfocr/parse-record.ts');
      }, () => {});
      try {
        await this.db.open();
      } catch (err) {
        this.canRescue = true;
        throw new Error(`Your local database could not be opened (${err instanceof Error ? err.message : String(err)}). It has not been changed. Save a copy of your progress below before trying anything else.`);
      }
      const seeded = await seedFromBundle(this.db, { manifest: () => manifest, read });
      performance.mark('pe:seeded');
      rememberSeeded(await manifest);
      await this.backup.restoreIfEmpty();
      const settings = await readSettings(this.db);
      this.settings.load(settings);
      // Open the last pack (or the first bundled one) straight away; the full list is for the switcher and can follow.
      const firstBundled = seeded.manifest.packs[0]?.id;
      const wanted = typeof settings.lastPack === 'string' && (await hasPack(this.db, settings.lastPack)) ? settings.lastPack : firstBundled;
      if (!wanted) throw new Error('No pathway pack is stored, and none is bundled.');
      await this.openPack(wanted);
      performance.mark('pe:pack-open');
      void listPacks(this.db).then((packs) => (this.packs = packs));
      if (typeof settings.lastMode === 'string' && MODES.some((m) => m.id === settings.lastMode)) this.mode = settings.lastMode as Mode;
      if (this.mode === 'quiz' || this.mode === 'progress') await this.openPackDeck();
      this.status = 'ready';
      void this.backup.watch();
      this.host.onFlushRequest(() => this.backup.flushAndWait());
    } catch (err) {
      this.error = err instanceof Error ? err.message : String(err);
      this.status = 'error';
    }
  }

  async openPack(id: string): Promise<void> {
    const stored = await getPack(this.db, id);
    if (!stored) throw new Error(`Pack ${id} is not stored.`);
    const [figure, position] = await Promise.all([getFigure(this.db, stored.figureId), readPosition(this.db, id)]);
    this.player.playing = false;
    this.selectedNode = undefined;
    this.pack = stored.pack;
    this.figure = figure?.record;
    this.player.detail = position?.detail ?? 'basic';
    this.player.stepIndex = stepIndexFor(this.index!, this.player.detail, position?.stepId);
    void writeSetting(this.db, 'lastPack', id);
    void this.refreshCounts();
    if (this.status === 'ready' && (this.mode === 'quiz' || this.mode === 'progress')) await this.openPackDeck();
  }

  stepIndexFor = (detail: 'basic' | 'advanced', stepId: string | undefined) => stepIndexFor(this.index!, detail, stepId);

  setMode(mode: Mode): void {
    this.mode = mode;
    this.player.playing = false;
    if (mode !== 'explore') {
      this.returnTo = undefined;
      this.highlighted = undefined;
    }
    if ((mode === 'quiz' || mode === 'progress') && this.pack && this.quiz.deck?.id !== this.pack.id) void this.openPackDeck();
    void writeSetting(this.db, 'lastMode', mode);
  }

  async refreshCounts(): Promise<void> {
    const id = this.pack?.id;
    if (!id) return;
    const [due, studied] = await Promise.all([countDue(this.db, id, Date.now()), countCards(this.db, id)]);
    if (this.pack?.id === id) [this.dueCount, this.studied] = [due, studied];
  }

  async refreshPacks(): Promise<void> {
    this.packs = await listPacks(this.db);
  }

  /** From the figure record: show a gene's node in the diagram. */
  highlightNode(node: string): void {
    if (!this.index?.nodes.has(node)) return;
    this.setMode('explore');
    this.returnTo = 'library';
    if (this.index.node(node).detail === 'advanced') this.player.detail = 'advanced';
    this.highlighted = new Set([node]);
    this.selectedNode = node;
  }

  /** A figure record on its own: caption gaps and keyword flashcards. */
  async openFigureQuiz(record: FigureRecord): Promise<void> {
    const { figureQuestions } = await import('../core/quiz/figure-questions.ts');
    const { rng } = await import('../core/quiz/random.ts');
    await this.quiz.open({ id: `figure:${record.id}`, title: record.title ?? record.id, questions: figureQuestions(record, rng(1)) });
    this.mode = 'quiz';
  }

  /** The open pack's quiz deck (question generators are loaded on first use). */
  async openPackDeck(): Promise<void> {
    const index = this.index!;
    const { packQuestions } = await import('../core/quiz/generate.ts');
    if (this.index !== index) return;
    const deck: Deck = { id: index.pack.id, title: index.pack.title, questions: packQuestions(index) };
    await this.quiz.open(deck);
  }

  /** "Show me": the step in Explore, in the detail level that has it. */
  showStep(stepId: string): void {
    const step = this.index?.steps.get(stepId);
    if (!step) return;
    const from = this.mode;
    this.setMode('explore');
    this.returnTo = from === 'explore' ? undefined : from;
    if (step.detail === 'advanced') this.player.detail = 'advanced';
    const i = this.player.frames.findIndex((f) => f.step.id === stepId);
    if (i >= 0) this.player.seek(i);
    this.selectedNode = undefined;
  }

  saveSettings(): Promise<unknown> {
    return Promise.all(Object.entries(this.settings.toJSON()).map(([k, v]) => {
      this.backup.noteSetting(k, v);
      return writeSetting(this.db, k, v);
    }));
  }

  private currentPosition(): Position | undefined {
    return this.pack && { packId: this.pack.id, stepId: this.player.frame?.step.id, detail: this.player.detail, updatedAt: Date.now() };
  }

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
