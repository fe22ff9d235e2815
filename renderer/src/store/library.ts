import type { PathwayDb, StoredFigure, StoredPack } from './db.ts';

export interface PackSummary {
  id: string;
  title: string;
  version: string;
  source: StoredPack['source'];
  figureId: string;
}

export async function listPacks(db: PathwayDb): Promise<PackSummary[]> {
  const packs = await db.packs.toArray();
  return packs
    .map(({ id, title, version, source, figureId }) => ({ id, title, version, source, figureId }))
    .sort((a, b) => (a.source === b.source ? a.title.localeCompare(b.title) : a.source === 'bundled' ? -1 : 1));
}

export const getPack = (db: PathwayDb, id: string) => db.packs.get(id);
/** Existence by primary key, without reading (and cloning) the whole pack. */
export const hasPack = async (db: PathwayDb, id: string) => (await db.packs.where(':id').equals(id).count()) > 0;
export const getFigure = (db: PathwayDb, id: string) => db.figures.get(id);
export const listFigures = (db: PathwayDb): Promise<StoredFigure[]> => db.figures.toArray();
