import type { PathwayDb, Position, StoredCard, StoredReview } from '../store/db.ts';
import type { BackupStore } from '../platform/platform.ts';
import { exportProgress, importProgress } from '../store/progress-io.ts';
import { LiveBackup } from '../core/backup/live-backup.ts';
import { holdsMoreThan } from '../core/backup/merge-plan.ts';
import { isFromNewerVersion, parseBackup, type BackupFile } from '../core/backup/progress-backup.ts';
import type { Problem } from '../core/util/problem.ts';

export interface BackupNotice {
  kind: 'info' | 'warning';
  text: string;
}

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

/** What the start-up check found among the stored copies. */
interface Examined {
  valid?: { name: string; text: string; file: BackupFile };
}

/** One problem in a sentence: "the file is not valid JSON", "cards[3].due: is before…". */
const problem = (p: Problem) => (p.path === '(file)' || p.path === '(root)' ? `the file ${p.message}` : `${p.path}: ${p.message}`);
const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

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
  notices = $state<BackupNotice[]>([]);
  /** When the backup was last written, or why the last write failed. */
  lastWritten = $state<number | undefined>();
  failure = $state<string | undefined>();

  private live: LiveBackup | undefined;
  /** Answers stored before the backup was loaded, or while it was being rebuilt. */
  private queued: [StoredCard, StoredReview][] | undefined = [];
  private examined: Examined | undefined;
  /** Set when a copy could not be read nor moved aside: nothing may be written over (or prune) it. */
  private blocked = false;
  private dirty = false;
  private writing: Promise<void> | undefined;
  private again = false;
  private app = '';

  constructor(private readonly deps: KeeperDeps) {}

  private now = () => this.deps.now?.() ?? Date.now();

  dismiss(notice: BackupNotice): void {
    this.notices = this.notices.filter((n) => n !== notice);
  }

  private tell(kind: BackupNotice['kind'], text: string): void {
    this.notices = [...this.notices, { kind, text }];
  }

  /** Start-up, before anything is read: a new or wiped database gets the newest copy that validates. */
  async restoreIfEmpty(): Promise<void> {
    const db = this.deps.db();
    const [cards, reviews] = await Promise.all([db.cards.count(), db.reviews.count()]);
    if (cards || reviews) return;
    this.examined = await this.examine();
    const valid = this.examined.valid;
    if (!valid || !(valid.file.cards.length || valid.file.reviews.length)) return;
    try {
      const r = await importProgress(db, valid.text, this.now());
      if (r.ok && (r.value.cards || r.value.reviews)) {
        this.tell('info', `Your progress was restored from the automatic backup (${r.value.cards} cards, ${r.value.reviews} answers).`);
      }
    } catch (err) {
      this.tell('warning', `Your automatic backup could not be restored (${message(err)}). It is kept as it was; you can import it from the Progress view later.`);
    }
  }

  /**
   * Once the app is ready (in the background): check the stored copies, build
   * the backup from the database, write it if the database holds progress the
   * copy lacks, and from now on write after every answer and flush on exit.
   */
  async watch(events: Pick<EventTarget, 'addEventListener'> = globalThis, doc: { visibilityState: string } & Pick<EventTarget, 'addEventListener'> = document): Promise<void> {
    events.addEventListener('pagehide', () => this.flush());
    doc.addEventListener('visibilitychange', () => {
      if (doc.visibilityState === 'hidden') this.flush();
    });
    this.app = await this.deps.appVersion().catch(() => 'unknown');
    const found = this.examined ?? (await this.examine());
    this.examined = undefined;
    let file: BackupFile;
    try {
      file = await exportProgress(this.deps.db(), this.app);
    } catch (err) {
      this.tell('warning', `Automatic backups could not start (${message(err)}). Your progress is saved in the app's database; export it from the Progress view to keep a copy.`);
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

  /** Reads the copies newest first until one validates; those before it are moved aside, and the learner is told. */
  private async examine(): Promise<Examined> {
    const store = this.deps.store();
    let names: string[];
    try {
      names = await store.list();
    } catch (err) {
      this.tell('warning', `Your automatic backup could not be checked (${message(err)}). Your progress is safe in the app's database; export it from the Progress view to keep a copy.`);
      return {};
    }
    for (const name of names) {
      let text: string | null;
      let why: string;
      try {
        text = await store.read(name);
        if (text === null) continue;
        const parsed = parseBackup(text, this.now());
        if (parsed.ok) return { valid: { name, text, file: parsed.value } };
        why = isFromNewerVersion(parsed.problems)
          ? 'it was made by a newer version of Pathway Explorer'
          : `it could not be read (${problem(parsed.problems[0]!)})`;
      } catch (err) {
        why = `it could not be read (${message(err)})`;
      }
      try {
        const aside = await store.setAside(name);
        this.tell('warning', `Your automatic backup was kept aside because ${why}. It is still in ${store.where} as “${aside}”, and a new backup has been started. Nothing was overwritten.`);
      } catch (err) {
        this.blocked = true;
        this.tell('warning', `Your automatic backup cannot be used because ${why}, and it could not be moved aside (${message(err)}). Automatic backups are paused so that nothing overwrites it; your progress is safe in the app's database. Export it from the Progress view to keep a copy.`);
        return {};
      }
    }
    return {};
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

  /** Writes now; a write asked for while one is under way runs once more after it, with everything since. */
  private write(): Promise<void> {
    if (this.blocked || !this.live) return Promise.resolve();
    if (this.writing) {
      this.again = true;
      return this.writing;
    }
    this.writing = (async () => {
      do {
        this.again = false;
        await this.writeOnce();
      } while (this.again);
    })().finally(() => (this.writing = undefined));
    return this.writing;
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
        if (this.failure) this.tell('info', 'Automatic backups are working again.');
        this.failure = undefined;
      },
      (err) => {
        this.dirty = true;
        const first = !this.failure;
        this.failure = message(err);
        if (first) {
          this.tell('warning', `Your automatic backup could not be written: ${this.failure}. Your progress is still saved in the app's database; export it from the Progress view to keep a copy.`);
        }
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
