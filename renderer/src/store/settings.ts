import type { PathwayDb, Position } from './db.ts';

export async function readSettings(db: PathwayDb): Promise<Record<string, unknown>> {
  const rows = await db.settings.toArray();
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

export const writeSetting = (db: PathwayDb, key: string, value: unknown) => db.settings.put({ key, value });

export const readPosition = (db: PathwayDb, packId: string): Promise<Position | undefined> => db.positions.get(packId);

export const writePosition = (db: PathwayDb, position: Position) => db.positions.put(position);

export const readSetting = async (db: PathwayDb, key: string): Promise<unknown> => (await db.settings.get(key))?.value;
