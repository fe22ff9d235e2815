import type { PathwayDb, StoredFigure, StoredPack } from './db.ts';
import { parseManifest, type BundleManifest } from '../core/pack/bundle-manifest.ts';
import { compareVersions } from '../core/util/version.ts';
import { formatProblems } from '../core/util/problem.ts';
import { figureTerms, packTerms } from './search-terms.ts';

/** How the app reaches the files it ships with (fetch in a browser, IPC in the desktop shell). */
export interface BundleReader {
  manifest(): Promise<string>;
  read(file: string): Promise<string>;
}

export interface SeedReport {
  /** Packs and figures stored before this resolved. */
  packs: string[];
  figures: string[];
  manifest: BundleManifest;
  /** The other stale packs, stored after the first paint (resolves to their ids; marker written last). */
  later: Promise<string[]>;
}

/** Settings row holding the manifest last seeded ("_": internal, never exported in backups). */
export const SEEDED_KEY = '_seededManifest';

async function staleEntries(db: PathwayDb, m: BundleManifest) {
  const [packs, figures] = await Promise.all([
    db.packs.where('source').equals('bundled').toArray(),
    db.figures.where('source').equals('bundled').toArray(),
  ]);
  const packVersion = new Map(packs.map((p) => [p.id, p.version]));
  const figureRevision = new Map(figures.map((f) => [f.id, f.revision]));
  return {
    // Newer bundled packs replace older ones; a newer stored one (after a downgrade) stays.
    packs: m.packs.filter((p) => !packVersion.has(p.id) || compareVersions(p.version, packVersion.get(p.id)!) > 0),
    figures: m.figures.filter((f) => figureRevision.get(f.id) !== f.revision),
  };
}

/**
 * First run: copies the bundled packs and figure records into IndexedDB.
 * Later runs: reads only the small manifest and writes nothing unless the
 * bundle is newer. Content rows are replaced in one transaction; learner
 * records live in other tables, keyed by pack id, and are never touched.
 */
export async function seedFromBundle(db: PathwayDb, reader: BundleReader, now = Date.now(), priority?: string): Promise<SeedReport> {
  const text = await reader.manifest();
  const manifest = parseManifest(text);
  if (!manifest.ok) throw new Error(`bundled.json is invalid:\n${formatProblems(manifest.problems)}`);
  const nothing = { packs: [], figures: [], manifest: manifest.value, later: Promise.resolve([]) };
  // Later runs: one small row says this very manifest is stored, and key-only counts confirm
  // the rows are there; no content (packs, records) is read or cloned.
  const m = manifest.value;
  const [marker, packRows, figureRows] = await Promise.all([
    db.settings.get(SEEDED_KEY),
    db.packs.where(':id').anyOf(m.packs.map((p) => p.id)).count(),
    db.figures.where(':id').anyOf(m.figures.map((f) => f.id)).count(),
  ]);
  if (marker?.value === text && packRows === m.packs.length && figureRows === m.figures.length) return nothing;
  const stale = await staleEntries(db, manifest.value);
  if (!stale.packs.length && !stale.figures.length) {
    await db.settings.put({ key: SEEDED_KEY, value: text });
    return nothing;
  }

  // Validation (valibot) and YAML are needed only here and on import: keep them out of the
  // start-up bundle, and load them while the files are being read.
  const validator = stale.packs.length ? import('../core/pack/validate-pack.ts') : null;
  const yaml = stale.figures.length ? import('../core/pfocr/parse-record.ts') : null;
  const readPack = async (entry: BundleManifest['packs'][number]): Promise<StoredPack> => {
    const [text, { validatePackText }] = await Promise.all([reader.read(entry.file), validator!]);
    const result = validatePackText(text);
    if (!result.ok) throw new Error(`bundled pack ${entry.file} is invalid:\n${formatProblems(result.problems)}`);
    const pack = result.value;
    if (pack.id !== entry.id || pack.version !== entry.version) throw new Error(`bundled pack ${entry.file} does not match bundled.json (id/version)`);
    return { id: pack.id, version: pack.version, source: 'bundled', figureId: pack.provenance.figureId, title: pack.title, pack, storedAt: now, searchTerms: packTerms(pack) };
  };
  const figuresDone: Promise<StoredFigure[]> = Promise.all(
    stale.figures.map(async (entry) => {
      const [text, { parseFigureRecord }] = await Promise.all([reader.read(entry.file), yaml!]);
      const result = parseFigureRecord(text);
      if (!result.ok) throw new Error(`bundled figure ${entry.file} is invalid:\n${formatProblems(result.problems)}`);
      return { id: result.value.id, source: 'bundled', revision: entry.revision, record: result.value, storedAt: now, searchTerms: figureTerms(result.value) };
    }),
  );
  // The pack about to open (the one asked for, else the bundle's first) is stored before the
  // first paint; the others follow right after, each in its own transaction, the marker last.
  const wanted = priority && stale.packs.some((p) => p.id === priority) ? priority : m.packs[0]?.id;
  const now1 = stale.packs.filter((p) => p.id === wanted);
  const rest = stale.packs.filter((p) => p.id !== wanted);
  const [packs, figures] = await Promise.all([Promise.all(now1.map(readPack)), figuresDone]);
  const markSeeded = () => db.settings.put({ key: SEEDED_KEY, value: text });
  await db.transaction('rw', db.packs, db.figures, db.settings, async () => {
    await db.packs.bulkPut(packs);
    await db.figures.bulkPut(figures);
    if (!rest.length) await markSeeded();
  });
  const later = (async () => {
    const stored: string[] = [];
    for (const entry of rest) {
      const row = await readPack(entry);
      await db.packs.put(row);
      stored.push(row.id);
    }
    if (rest.length) await markSeeded();
    return stored;
  })();
  later.catch(() => {});
  return { packs: packs.map((p) => p.id), figures: figures.map((f) => f.id), manifest: manifest.value, later };
}
