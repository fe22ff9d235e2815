import type { PathwayDb } from './db.ts';
import { makeBackup, mergePlan, parseBackup, type BackupFile } from '../core/backup/progress-backup.ts';
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

/**
 * Validates, then merges in one transaction. A file that fails validation
 * (or a write that fails) leaves every table exactly as it was.
 */
export async function importProgress(db: PathwayDb, text: string): Promise<Checked<ImportReport>> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const report = await db.transaction('rw', db.positions, db.cards, db.reviews, db.settings, async () => {
    const [cards, reviews, positions, settings] = await Promise.all([
      db.cards.toArray(),
      db.reviews.toArray(),
      db.positions.toArray(),
      db.settings.toCollection().primaryKeys(),
    ]);
    const plan = mergePlan(parsed.value, { cards, reviews, positions, settingKeys: settings });
    await db.cards.bulkPut(plan.cards);
    await db.reviews.bulkAdd(plan.reviews);
    await db.positions.bulkPut(plan.positions);
    await db.settings.bulkPut(plan.settings);
    return { cards: plan.cards.length, reviews: plan.reviews.length, positions: plan.positions.length, settings: plan.settings.length };
  });
  return { ok: true, value: report };
}
