import type { PathwayDb } from './db.ts';
import { makeBackup, parseBackup, type BackupFile } from '../core/backup/progress-backup.ts';
import { mergePlan } from '../core/backup/merge-plan.ts';
import type { Checked } from '../core/util/problem.ts';

/** Everything the learner did, read in one transaction so it is a consistent snapshot. */
export async function exportProgress(db: PathwayDb, app: string): Promise<BackupFile> {
  return db.transaction('r', db.positions, db.cards, db.reviews, db.settings, async () => {
    const [positions, cards, reviews, settings] = await Promise.all([db.positions.toArray(), db.cards.toArray(), db.reviews.toArray(), db.settings.toArray()]);
    return makeBackup({ positions, cards, reviews, settings }, app);
  });
}

export interface ImportReport {
  cards: number;
  reviews: number;
  positions: number;
  settings: number;
}

/** The file was valid but the database refused the write (full disk, a closed database): nothing was changed. */
export class ProgressWriteError extends Error {
  constructor(readonly reason: string) {
    super(`your progress could not be written to the database (${reason})`);
  }
}

/**
 * Validates, then merges in one transaction. A file that fails validation
 * returns its problems; a write that fails throws ProgressWriteError. Either
 * way every table is left exactly as it was.
 */
export async function importProgress(db: PathwayDb, text: string, now = Date.now()): Promise<Checked<ImportReport>> {
  const parsed = parseBackup(text, now);
  if (!parsed.ok) return parsed;
  try {
    const report = await db.transaction('rw', db.positions, db.cards, db.reviews, db.settings, async () => {
      const [cards, reviews, positions, settings] = await Promise.all([
        db.cards.toArray(),
        db.reviews.toArray(),
        db.positions.toArray(),
        db.settings.toCollection().primaryKeys(),
      ]);
      const plan = mergePlan(parsed.value, { cards, reviews, positions, settingKeys: settings }, now);
      await db.cards.bulkPut(plan.cards);
      await db.reviews.bulkAdd(plan.reviews);
      await db.positions.bulkPut(plan.positions);
      await db.settings.bulkPut(plan.settings);
      return { cards: plan.cards.length, reviews: plan.reviews.length, positions: plan.positions.length, settings: plan.settings.length };
    });
    return { ok: true, value: report };
  } catch (err) {
    throw new ProgressWriteError(err instanceof Error ? err.message : String(err));
  }
}
