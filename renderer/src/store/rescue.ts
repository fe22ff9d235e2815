import Dexie from 'dexie';
import { DB_NAME } from './db.ts';
import { makeBackup } from '../core/backup/progress-backup.ts';

/**
 * When the database cannot be opened with the current schema (an upgrade
 * failed), this still reads the learner's records: Dexie without a declared
 * schema opens whatever version is on disk. Returns a progress-backup file.
 */
export async function rescueProgress(name = DB_NAME, app = 'rescue'): Promise<string> {
  const db = new Dexie(name);
  await db.open();
  try {
    const read = async (table: string) => (db.tables.some((t) => t.name === table) ? db.table(table).toArray() : []);
    const [positions, cards, reviews, settings] = await Promise.all([read('positions'), read('cards'), read('reviews'), read('settings')]);
    return JSON.stringify(makeBackup({ positions, cards, reviews, settings }, app));
  } finally {
    db.close();
  }
}
