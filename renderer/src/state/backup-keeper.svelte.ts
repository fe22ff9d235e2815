import type { PathwayDb, Position, StoredCard, StoredReview } from '../store/db.ts';
import type { BackupStore } from '../platform/platform.ts';
import type { LiveBackup } from '../core/backup/live-backup.ts';
import type { BackupFile } from '../core/backup/progress-backup.ts';
import type { BackupNotice, Examined } from './backup-copies.ts';
import { SerialTask } from './serial-task.ts';
import { loadBackupModules } from './backup-modules.ts';

export interface KeeperDeps {
  db(): PathwayDb;
  store(): BackupStore;
  appVersion(): Promise<string>;
  /** Where the learner is now (saved with every flush), if anywhere. */
  position(): Position | undefined;
  /** Saves that position to the database (the keeper only holds it for the backup). */
  savePosition(): Promise<void>;
  now?(): number;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));
const SAFE = "Your progress is still saved in the app's database; export it from the Progress view to keep a copy.";

/**
 * Keeps the automatic backup of learner progress in step with the database.
 *
 * The backup document lives in memory (built from the database at start-up,
 * then updated with each stored answer, position and setting), so writing it
 * is one synchronous serialisation: it is written straight after each stored
 * answer, and again, synchronously, when the page is hidden or closed and
 * when the desktop app asks before quitting. A copy that cannot be read is
 * moved aside, never overwritten; every failure is told to the learner.
 */
export class BackupKeeper {
  /** Calm messages for the learner, newest last (restored, set aside, a failed write). */
  notices = $state.raw<BackupNotice[]>([]);
  /** When the backup was last written, or why the last write failed. */
  lastWritten = $state<number | undefined>();
  failure = $state<string | undefined>();

  private live: LiveBackup | undefined;
  /** Answers stored before the backup was loaded, or while it was being rebuilt. */
  private queued: [StoredCard, StoredReview][] | undefined = [];
  private examined: Examined | undefined;
  /** Set when a copy could not be read nor moved aside: nothing may be written over (or prune) it. */
  blocked = $state(false);
  private dirty = false;
  /** Writes one at a time; one asked for during a write follows it, with everything since. */
  private readonly writer = new SerialTask(() => this.writeOnce());
  private app = '';
  private modules: ReturnType<typeof loadBackupModules> | undefined;

  constructor(private readonly deps: KeeperDeps) {}
  private load = () => (this.modules ??= loadBackupModules());
  private now = () => this.deps.now?.() ?? Date.now();

  dismiss(notice: BackupNotice): void {
    this.notices = this.notices.filter((n) => n !== notice);
  }

  private tell(...notices: BackupNotice[]): void {
    this.notices = [...this.notices, ...notices];
  }

  /** Start-up, before anything is read: a new or wiped database gets the newest copy that validates. */
  async restoreIfEmpty(): Promise<void> {
    const db = this.deps.db();
    const [cards, reviews] = await Promise.all([db.cards.count(), db.reviews.count()]);
    if (cards || reviews) return;
    const { restoreCopy } = await this.load();
    this.examined = await this.examine();
    const told = this.examined.valid && (await restoreCopy(db, this.examined.valid, this.now()));
    if (told) this.tell(told);
  }

  /**
   * Once the app is ready (in the background): check the stored copies, build
   * the backup from the database, write it if the database holds progress the
   * copy lacks, and from now on write after every answer and flush on exit.
   */
  async watch(events: Pick<EventTarget, 'addEventListener'> = globalThis, doc: { visibilityState: string } & Pick<EventTarget, 'addEventListener'> = document): Promise<void> {
    events.addEventListener('pagehide', () => this.flush());
    doc.addEventListener('visibilitychange', () => doc.visibilityState === 'hidden' && this.flush());
    const { exportProgress, LiveBackup, holdsMoreThan } = await this.load();
    this.app = await this.deps.appVersion().catch(() => 'unknown');
    const found = this.examined ?? (await this.examine());
    this.examined = undefined;
    let file: BackupFile;
    try {
      file = await exportProgress(this.deps.db(), this.app);
    } catch (err) {
      this.tell({ kind: 'warning', text: `Automatic backups could not start (${message(err)}). ${SAFE}` });
      return;
    }
    this.live = new LiveBackup(file);
    const queued = this.queued ?? [];
    this.queued = undefined;
    let changed = queued.map(([card, review]) => this.live!.recordAnswer(card, review)).some(Boolean);
    if (!found.valid) changed ||= file.cards.length > 0 || file.reviews.length > 0 || file.positions.length > 0;
    else changed ||= holdsMoreThan(file, found.valid.file);
    if (changed) {
      this.dirty = true;
      await this.write();
    }
  }

  /** The stored copies, checked once per start: unreadable ones are moved aside and the learner told. */
  private async examine(): Promise<Examined> {
    const { examineCopies } = await this.load();
    const found = await examineCopies(this.deps.store(), this.now());
    this.tell(...found.notices);
    this.blocked ||= found.blocked;
    return found;
  }

  /** One stored answer (call after its transaction committed): written to the backup straight away. */
  recordAnswer(card: StoredCard, review: StoredReview): Promise<void> {
    if (this.queued) {
      this.queued.push([card, review]);
      if (!this.live) return Promise.resolve();
    }
    if (!this.live!.recordAnswer(card, review)) return Promise.resolve();
    this.dirty = true;
    return this.write();
  }

  /** The learner's place, kept for the next write (a place alone is not worth a write of its own). */
  notePosition(position: Position): void {
    if (this.live?.setPosition(position)) this.dirty = true;
  }
  noteSetting(key: string, value: unknown): void {
    if (this.live?.setSetting(key, value)) this.dirty = true;
  }

  /** After a change the keeper did not see (an import): rebuild from the database and write. */
  async resync(): Promise<void> {
    if (!this.live) return;
    const { exportProgress, LiveBackup } = await this.load();
    this.queued = [];
    try {
      const file = await exportProgress(this.deps.db(), this.app);
      this.live = new LiveBackup(file);
      for (const [card, review] of this.queued) this.live.recordAnswer(card, review);
    } finally {
      this.queued = undefined;
    }
    this.dirty = true;
    await this.write();
  }

  private write(): Promise<void> {
    return this.blocked || !this.live ? Promise.resolve() : this.writer.run();
  }

  /** Serialise and hand to the store; in a browser the store has finished by the time this returns its promise. */
  private writeOnce(): Promise<void> {
    if (!this.live || this.blocked) return Promise.resolve();
    const at = this.now();
    this.dirty = false;
    let done: Promise<void>;
    try {
      done = this.deps.store().write(this.live.serialize(at, this.app));
    } catch (err) {
      done = Promise.reject(err);
    }
    return done.then(
      () => {
        this.lastWritten = at;
        if (this.failure) this.tell({ kind: 'info', text: 'Automatic backups are working again.' });
        this.failure = undefined;
      },
      (err) => {
        this.dirty = true;
        // Told once per run of failures, not after every answer.
        if (!this.failure) this.tell({ kind: 'warning', text: `Your automatic backup could not be written: ${message(err)}. ${SAFE}` });
        this.failure = message(err);
      },
    );
  }

  private holdPosition(): void {
    const p = this.deps.position();
    if (p) this.notePosition(p);
  }

  /**
   * The page is being hidden or closed: save the place and write the backup,
   * synchronously, because nothing asynchronous is sure to finish now.
   */
  flush(): void {
    this.holdPosition();
    void this.deps.savePosition();
    if (this.dirty) void this.writeOnce();
  }

  /** The desktop app is about to close: the same, waiting for both to finish. */
  async flushAndWait(): Promise<void> {
    this.holdPosition();
    await this.deps.savePosition();
    if (this.dirty) await this.write();
  }
}
