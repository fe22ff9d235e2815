import type { PathwayDb, StoredFigure, StoredPack } from './db.ts';
import { validatePackText, packSummary } from '../core/pack/validate-pack.ts';
import type { PathwayPack } from '../core/pack/schema.ts';
import type { Checked } from '../core/util/problem.ts';
import type { ConversionReport } from '../core/gpml/skip-report.ts';
import { convertGpml, type GpmlResult } from '../workers/convert-gpml.ts';
import { figureTerms, packTerms } from './search-terms.ts';
import { wordsOf } from '../core/util/text-match.ts';
import { figureDeckId, packDeckId } from '../core/srs/deck-ids.ts';

export type Imported =
  | { kind: 'pack'; id: string; summary: string; replaced: boolean; title: string; report?: ConversionReport }
  | { kind: 'figure'; id: string; summary: string; replaced: boolean; title: string };

export interface ImportDeps {
  /** How GPML becomes a pack (the app: in a worker). */
  convertGpml?: (text: string) => Promise<GpmlResult>;
}

const BUNDLED = 'ships with the app and cannot be replaced by an import; give your version a different id';

/** Which parser a file goes to: by extension, then by content. */
export function fileKind(name: string, text: string): 'pack' | 'figure' | 'gpml' | 'progress' | 'unknown' {
  const ext = name.toLowerCase().match(/\.[a-z]+$/)?.[0] ?? '';
  if (['.md', '.yml', '.yaml', '.txt'].includes(ext)) return 'figure';
  if (ext === '.gpml') return 'gpml';
  if (ext === '.json') return /"format"\s*:\s*"pathway-explorer-progress"/.test(text.slice(0, 400)) ? 'progress' : 'pack';
  const start = text.trimStart();
  // Any XML goes to the GPML reader, which says clearly when it is not a WikiPathways pathway.
  if (ext === '.xml' || start.startsWith('<')) return 'gpml';
  if (start.startsWith('{')) return 'pack';
  if (start.startsWith('---') || /^figid:/m.test(text.slice(0, 2000))) return 'figure';
  return 'unknown';
}

/** Stores a checked pack (one transaction); bundled ids are never replaced by an import. */
async function storePack(db: PathwayDb, pack: PathwayPack, now: number, report?: ConversionReport): Promise<Checked<Imported>> {
  return db.transaction('rw', db.packs, async () => {
    const existing = await db.packs.get(pack.id);
    if (existing?.source === 'bundled') {
      // A converted database pathway has its database's id: the learner cannot rename it, only be told it is here.
      const message = report ? `is already in your library: “${existing.title}” ships with the app` : `"${pack.id}" ${BUNDLED}`;
      return { ok: false, problems: [{ path: report ? '(file)' : 'id', message }] };
    }
    const row: StoredPack = {
      id: pack.id, version: pack.version, source: 'imported', figureId: pack.provenance.figureId, title: pack.title, pack, storedAt: now, searchTerms: packTerms(pack),
      ...(report ? { report } : {}),
    };
    await db.packs.put(row);
    return { ok: true, value: { kind: 'pack', id: pack.id, title: pack.title, summary: packSummary(pack), replaced: !!existing, ...(report ? { report } : {}) } };
  });
}

/**
 * Validates a pack or figure record and stores it in one transaction. A
 * refusal (invalid, hostile, or clashing with bundled content) writes nothing.
 * Re-importing the same id replaces the earlier import.
 */
export async function importFile(db: PathwayDb, name: string, text: string, now = Date.now(), deps: ImportDeps = {}): Promise<Checked<Imported>> {
  const kind = fileKind(name, text);
  if (kind === 'progress') return { ok: false, problems: [{ path: '(file)', message: 'is a progress backup: import it from the Progress view' }] };
  if (kind === 'unknown') return { ok: false, problems: [{ path: '(file)', message: 'is neither a pathway pack (.json), a WikiPathways pathway (.gpml) nor a PFOCR figure record (.md, .yml, .txt)' }] };

  if (kind === 'pack') {
    const r = validatePackText(text);
    return r.ok ? storePack(db, r.value, now) : r;
  }
  if (kind === 'gpml') {
    const r = await (deps.convertGpml ?? convertGpml)(text);
    return r.ok ? storePack(db, r.value.pack, now, r.value.report) : r;
  }

  const { parseFigureRecord } = await import('../core/pfocr/parse-record.ts');
  const r = parseFigureRecord(text);
  if (!r.ok) return r;
  const record = r.value;
  return db.transaction('rw', db.figures, async () => {
    const existing = await db.figures.get(record.id);
    if (existing?.source === 'bundled') return { ok: false, problems: [{ path: 'figid', message: `"${record.id}" ${BUNDLED}` }] };
    const row: StoredFigure = { id: record.id, source: 'imported', revision: 'imported', record, storedAt: now, searchTerms: figureTerms(record) };
    await db.figures.put(row);
    return { ok: true, value: { kind: 'figure', id: record.id, title: record.title ?? record.id, summary: `figure record "${record.id}": ${record.keywords.length} keywords`, replaced: !!existing } };
  });
}

/** Removes an imported pack or figure; with `forgetProgress`, also its cards, logs and position (one transaction). */
export async function removeImported(db: PathwayDb, kind: 'pack' | 'figure', id: string, forgetProgress: boolean): Promise<void> {
  const deck = kind === 'pack' ? packDeckId(id) : figureDeckId(id);
  await db.transaction('rw', [db.packs, db.figures, db.cards, db.reviews, db.positions], async () => {
    const table = kind === 'pack' ? db.packs : db.figures;
    const row = await table.get(id);
    if (!row) return;
    if (row.source === 'bundled') throw new Error('bundled content cannot be removed');
    await table.delete(id);
    if (forgetProgress) {
      await db.cards.where('packId').equals(deck).delete();
      await db.reviews.where('packId').equals(deck).delete();
      await db.positions.delete(deck);
    }
  });
}

export interface SearchHit {
  kind: 'pack' | 'figure';
  id: string;
}

/** Prefix search over titles, gene symbols and keywords (Dexie multi-entry index). */
export async function searchLibrary(db: PathwayDb, query: string): Promise<SearchHit[]> {
  const words = wordsOf(query);
  if (!words.length) return [];
  const match = async (table: PathwayDb['packs'] | PathwayDb['figures']) => {
    let ids: Set<string> | undefined;
    for (const w of words) {
      const found = new Set((await table.where('searchTerms').startsWith(w).primaryKeys()) as string[]);
      ids = ids ? new Set([...ids].filter((id) => found.has(id))) : found;
    }
    return [...(ids ?? [])];
  };
  const [packs, figures] = await Promise.all([match(db.packs), match(db.figures)]);
  return [...packs.map((id) => ({ kind: 'pack' as const, id })), ...figures.map((id) => ({ kind: 'figure' as const, id }))];
}
