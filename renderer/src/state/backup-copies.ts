import type { BackupStore } from '../platform/platform.ts';
import type { PathwayDb } from '../store/db.ts';
import { importProgress } from '../store/progress-io.ts';
import { isFromNewerVersion, parseBackup, type BackupFile } from '../core/backup/progress-backup.ts';
import type { Problem } from '../core/util/problem.ts';

export interface BackupNotice {
  kind: 'info' | 'warning';
  text: string;
}

/** What the start-up check found among the stored copies. */
export interface Examined {
  /** The newest copy that validates, if any. */
  valid?: { name: string; text: string; file: BackupFile };
  notices: BackupNotice[];
  /** A copy could be read neither as a backup nor moved aside: nothing may be written over (or prune) it. */
  blocked: boolean;
}

export const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));
/** One problem in a sentence: "the file is not valid JSON", "cards[3].due: is before…". */
const problem = (p: Problem) => (p.path === '(file)' || p.path === '(root)' ? `the file ${p.message}` : `${p.path}: ${p.message}`);
const SAFE = "your progress is safe in the app's database. Export it from the Progress view to keep a copy";

/**
 * Reads the stored copies newest first until one validates (not merely
 * parses). Each copy before it is moved aside, never overwritten, and the
 * learner is told why and where it now is.
 */
export async function examineCopies(store: BackupStore, now: number): Promise<Examined> {
  const notices: BackupNotice[] = [];
  let names: string[];
  try {
    names = await store.list();
  } catch (err) {
    return { notices: [{ kind: 'warning', text: `Your automatic backup could not be checked (${errorText(err)}); ${SAFE}.` }], blocked: false };
  }
  for (const name of names) {
    let why: string;
    try {
      const text = await store.read(name);
      if (text === null) continue;
      const parsed = parseBackup(text, now);
      if (parsed.ok) return { valid: { name, text, file: parsed.value }, notices, blocked: false };
      why = isFromNewerVersion(parsed.problems) ? 'it was made by a newer version of Pathway Explorer' : `it could not be read (${problem(parsed.problems[0]!)})`;
    } catch (err) {
      why = `it could not be read (${errorText(err)})`;
    }
    try {
      const aside = await store.setAside(name);
      notices.push({ kind: 'warning', text: `Your automatic backup was kept aside because ${why}. It is still in ${store.where} as “${aside}”, and a new backup has been started. Nothing was overwritten.` });
    } catch (err) {
      notices.push({ kind: 'warning', text: `Your automatic backup cannot be used because ${why}, and it could not be moved aside (${errorText(err)}). Automatic backups are paused so that nothing overwrites it; ${SAFE}.` });
      return { notices, blocked: true };
    }
  }
  return { notices, blocked: false };
}

/** Brings a copy back into an empty database; says what happened. */
export async function restoreCopy(db: PathwayDb, copy: NonNullable<Examined['valid']>, now: number): Promise<BackupNotice | undefined> {
  if (!copy.file.cards.length && !copy.file.reviews.length) return undefined;
  try {
    const r = await importProgress(db, copy.text, now);
    if (!r.ok || !(r.value.cards || r.value.reviews)) return undefined;
    return { kind: 'info', text: `Your progress was restored from the automatic backup (${r.value.cards} cards, ${r.value.reviews} answers).` };
  } catch (err) {
    return { kind: 'warning', text: `Your automatic backup could not be restored (${errorText(err)}). It is kept as it was; you can import it from the Progress view later.` };
  }
}
