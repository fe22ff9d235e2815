import type { PathwayDb, StoredFigure, StoredPack } from './db.ts';
import type { DatabaseRecord } from '../core/pack/schema.ts';

export interface PackSummary {
  id: string;
  title: string;
  version: string;
  source: StoredPack['source'];
  figureId: string;
  /** For a pathway from a database (WikiPathways): its record, for the attribution the licence asks for. */
  database?: DatabaseRecord;
  license: string;
}

/** Authored lessons first, then bundled database pathways, then the learner's imports; each by title. */
const rank = (p: PackSummary) => (p.source === 'imported' ? 2 : p.database ? 1 : 0);

export async function listPacks(db: PathwayDb): Promise<PackSummary[]> {
  const packs = await db.packs.toArray();
  return packs
    .map(({ id, title, version, source, figureId, pack }) => ({
      id, title, version, source, figureId, license: pack.provenance.license, ...(pack.provenance.database ? { database: pack.provenance.database } : {}),
    }))
    .sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title));
}

export const getPack = (db: PathwayDb, id: string) => db.packs.get(id);
/** Several packs in one read (missing ones left out). */
export const getPacks = async (db: PathwayDb, ids: string[]): Promise<StoredPack[]> => (await db.packs.bulkGet(ids)).filter((p): p is StoredPack => !!p);
/** Existence by primary key, without reading (and cloning) the whole pack. */
export const hasPack = async (db: PathwayDb, id: string) => (await db.packs.where(':id').equals(id).count()) > 0;
export const getFigure = (db: PathwayDb, id: string) => db.figures.get(id);
export const listFigures = (db: PathwayDb): Promise<StoredFigure[]> => db.figures.toArray();
