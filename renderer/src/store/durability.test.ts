import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { PathwayDb } from './db.ts';
import { recordReview } from './cards.ts';
import { rescueProgress } from './rescue.ts';
import { parseBackup } from '../core/backup/progress-backup.ts';
import { Scheduler } from '../core/srs/scheduler.ts';
import { storeChecksum } from './checksum.ts';

/**
 * Every schema version ever shipped, frozen exactly as it shipped. A fixture
 * database is written with each, then opened with the current code: every
 * record must still be there. Never edit an entry; add a new one.
 */
const SHIPPED: Record<number, Record<string, string>> = {
  1: {
    figures: '&id, source, *searchTerms',
    packs: '&id, source, figureId, *searchTerms',
    positions: '&packId',
    cards: '&id, packId, due, [packId+due]',
    reviews: '++id, cardId, packId, reviewedAt',
    settings: '&key',
  },
};

const card = (id: string, due: number) => ({ id, packId: id.split('|')[0]!, kc: id.split('|')[1]!, due, stability: 2, difficulty: 5, elapsedDays: 0, scheduledDays: 2, learningSteps: 0, reps: 1, lapses: 0, state: 2 as const, lastReview: 1 });
const rows = {
  figures: [{ id: 'F1', source: 'imported', revision: 'imported', record: { id: 'F1', caption: 'c', organisms: [], keywords: ['BDNF'], fields: {}, source: 'x' }, storedAt: 1, searchTerms: ['bdnf'] }],
  packs: [{ id: 'P1', version: '1.0.0', source: 'imported', figureId: 'F1', title: 'T', pack: { id: 'P1' }, storedAt: 1, searchTerms: ['t'] }],
  positions: [{ packId: 'P1', stepId: 's2', detail: 'advanced', updatedAt: 5 }],
  cards: [card('P1|edge:e1', 100), card('P1|gene:trkb', 200)],
  reviews: [{ cardId: 'P1|edge:e1', packId: 'P1', rating: 3, reviewedAt: 50, durationMs: 1000, stateBefore: 0, dueBefore: 0, scheduledDays: 2, correct: true }],
  settings: [{ key: 'theme', value: 'dark' }],
};

let n = 0;
const names: string[] = [];
const fresh = () => {
  const name = `durability-${++n}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

async function writeFixture(name: string, version: number) {
  const old = new Dexie(name);
  for (let v = 1; v <= version; v++) old.version(v).stores(SHIPPED[v]!);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, items] of Object.entries(rows)) await old.table(table).bulkAdd(items);
  });
  old.close();
}

describe('schema upgrades keep every record', () => {
  it.each(Object.keys(SHIPPED).map(Number))('a database written by schema v%i opens with the current code, all records present', async (version) => {
    const name = fresh();
    await writeFixture(name, version);
    const db = new PathwayDb(name);
    await db.open();
    for (const [table, items] of Object.entries(rows)) {
      const stored = await db.table(table).toArray();
      expect(stored.length, table).toBe(items.length);
      for (const item of items) expect(stored).toContainEqual(expect.objectContaining(item));
    }
    expect(db.verno).toBe(Math.max(...Object.keys(SHIPPED).map(Number)));
    db.close();
  });

  it('the current schema is the last shipped one (add a frozen entry when you add a version)', async () => {
    const db = new PathwayDb(fresh());
    await db.open();
    const latest = Math.max(...Object.keys(SHIPPED).map(Number));
    expect(db.verno).toBe(latest);
    for (const t of db.tables) expect(SHIPPED[latest]![t.name], t.name).toBeDefined();
    db.close();
  });
});

describe('a failing upgrade', () => {
  it('leaves the database on its old version with its data, and the progress can still be rescued', async () => {
    const name = fresh();
    const db = new PathwayDb(name);
    await db.open();
    await db.transaction('rw', db.tables, async () => {
      for (const [table, items] of Object.entries(rows)) await db.table(table).bulkAdd(items);
    });
    const before = await storeChecksum(db);
    db.close();

    class Broken extends PathwayDb {
      constructor() {
        super(name);
        this.version(99).stores({ cards: '&id, packId, due, [packId+due], kc' }).upgrade(() => {
          throw new Error('injected upgrade failure');
        });
      }
    }
    await expect(new Broken().open()).rejects.toThrow(/injected upgrade failure/);

    const again = new PathwayDb(name);
    await again.open();
    expect(again.verno).toBe(1);
    expect(await storeChecksum(again)).toBe(before);
    again.close();

    const rescued = parseBackup(await rescueProgress(name));
    expect(rescued.ok).toBe(true);
    if (rescued.ok) {
      expect(rescued.value.cards).toHaveLength(2);
      expect(rescued.value.reviews).toHaveLength(1);
      expect(rescued.value.positions).toHaveLength(1);
    }
  });
});

describe('write errors', () => {
  it('a quota error writes no partial batch, says so, and a retry works', async () => {
    const db = new PathwayDb(fresh());
    await db.open();
    const s = new Scheduler();
    const { card: c, log } = s.rate(s.newCard(0), 3, 10, 500, true);
    const before = await storeChecksum(db);
    const spy = vi.spyOn(db.reviews, 'add').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(recordReview(db, 'P1', 'edge:e1', c, log)).rejects.toThrow(/quota/i);
    expect(await storeChecksum(db)).toBe(before);
    spy.mockRestore();
    await recordReview(db, 'P1', 'edge:e1', c, log);
    expect(await db.cards.count()).toBe(1);
    expect(await db.reviews.count()).toBe(1);
    db.close();
  });
});
