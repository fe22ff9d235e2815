import type { PathwayDb } from './db.ts';

/** A digest of every row of every table: equal digests mean nothing stored changed. */
export async function storeChecksum(db: PathwayDb): Promise<string> {
  const parts: string[] = [];
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) parts.push(`${table.name}:${JSON.stringify(await table.toArray())}`);
  });
  const text = parts.join('\n');
  // FNV-1a, 32-bit: enough to compare snapshots, and no crypto API needed.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(16)}-${text.length}`;
}
