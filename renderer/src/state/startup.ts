import { PathwayDb } from '../store/db.ts';
import { seedFromBundle, type SeedReport } from '../store/seed.ts';
import { readSetting } from '../store/settings.ts';
import { parseManifest } from '../core/pack/bundle-manifest.ts';
import type { Platform } from '../platform/platform.ts';

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

/** The database could not be opened: nothing was changed, and the learner's records can still be rescued. */
export class DatabaseUnavailable extends Error {}

/**
 * Start-up and seeding: opens the database and copies in whatever the bundle
 * has that it lacks. The manifest is fetched while the database opens; on what
 * looks like a first run the bundled files are fetched at once too.
 */
export async function openStore(host: Platform): Promise<{ db: PathwayDb; seeded: SeedReport }> {
  const db = new PathwayDb();
  const manifest = host.bundle.manifest();
  manifest.catch(() => {});
  const reads = new Map<string, Promise<string>>();
  const read = (f: string) => {
    if (!reads.has(f)) reads.set(f, host.bundle.read(f));
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
    await db.open();
  } catch (err) {
    throw new DatabaseUnavailable(`Your local database could not be opened (${err instanceof Error ? err.message : String(err)}). It has not been changed. Save a copy of your progress below before trying anything else.`);
  }
  // The pack the learner had open is stored first on an update; the rest follow after the first paint.
  const last = await readSetting(db, 'lastPack');
  const seeded = await seedFromBundle(db, { manifest: () => manifest, read }, Date.now(), typeof last === 'string' ? last : undefined);
  performance.mark('pe:seeded');
  rememberSeeded(await manifest);
  return { db, seeded };
}
