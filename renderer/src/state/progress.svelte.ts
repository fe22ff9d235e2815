import type { PathwayDb, StoredReview } from '../store/db.ts';
import { deckReviews } from '../store/cards.ts';
import type { Checked } from '../core/util/problem.ts';
import type { Platform } from '../platform/platform.ts';
import { Live } from './live.svelte.ts';

export interface ProgressDeps {
  db: () => PathwayDb;
  host: () => Platform;
  /** Progress changed from outside this session (an import): the automatic backup is rebuilt. */
  changed: () => Promise<void>;
}

export interface ImportOutcome {
  cards: number;
  reviews: number;
  positions: number;
}

/**
 * The learner's record as the Progress view reads it, kept current: every
 * answer of a deck (for the charts), and the progress file in and out.
 */
export class ProgressState {
  // A plain cache (not state): the Live itself is what views react to.
  #reviews: { deckId: string; live: Live<StoredReview[]> } | undefined;

  constructor(private readonly deps: ProgressDeps) {}

  /** Every answer logged for a deck, following new answers and imports. */
  reviewsOf(deckId: string): StoredReview[] {
    if (this.#reviews?.deckId !== deckId) this.#reviews = { deckId, live: new Live(() => deckReviews(this.deps.db(), deckId), []) };
    return this.#reviews.live.current;
  }

  /** Saves everything the learner did as a progress file; resolves to what was saved, or undefined when cancelled. */
  async exportFile(stamp: string): Promise<{ cards: number; reviews: number } | undefined> {
    const { exportProgress } = await import('../store/progress-io.ts');
    const host = this.deps.host();
    const file = await exportProgress(this.deps.db(), await host.appVersion());
    const saved = await host.saveExport(`pathway-explorer-progress-${stamp}.json`, 'json', JSON.stringify(file, null, 1));
    return saved ? { cards: file.cards.length, reviews: file.reviews.length } : undefined;
  }

  /** Lets the learner choose a progress file; undefined when they cancel. */
  async chooseFile(): Promise<{ name: string; text: string } | undefined> {
    return (await this.deps.host().openImportFile('backup')) ?? undefined;
  }

  /**
   * Merges a progress file (newer records win). Problems in the file come back
   * located; a database that refuses the write throws ProgressWriteError.
   */
  async importText(text: string): Promise<Checked<ImportOutcome>> {
    const { importProgress } = await import('../store/progress-io.ts');
    const r = await importProgress(this.deps.db(), text);
    if (r.ok) await this.deps.changed();
    return r;
  }

  /** The database cannot be opened: save what can still be read of it to a file. */
  async rescue(stamp: string): Promise<boolean> {
    const { rescueProgress } = await import('../store/rescue.ts');
    return this.deps.host().saveExport(`pathway-explorer-rescued-progress-${stamp}.json`, 'json', await rescueProgress());
  }
}

/** Why an import failed at the database (not in the file), for the message. */
export async function isWriteFailure(err: unknown): Promise<boolean> {
  const { ProgressWriteError } = await import('../store/progress-io.ts');
  return err instanceof ProgressWriteError;
}
