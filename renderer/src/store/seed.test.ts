import { afterEach, describe, expect, it } from 'vitest';
import { PathwayDb } from './db.ts';
import { seedFromBundle, type BundleReader } from './seed.ts';
import { bundleFiles as files, ketamineText, manifestText } from '../core/test-fixtures.ts';

function reader(manifest = manifestText, overrides: Record<string, string> = {}): BundleReader & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    manifest: async () => manifest,
    read: async (f) => {
      reads.push(f);
      const text = overrides[f] ?? files[f];
      if (text === undefined) throw new Error(`no ${f}`);
      return text;
    },
  };
}

let n = 0;
const dbs: PathwayDb[] = [];
const freshDb = () => {
  const db = new PathwayDb(`seed-test-${++n}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('seeding IndexedDB from the bundle', () => {
  it('stores the bundled packs and figure on first run', async () => {
    const db = freshDb();
    const report = await seedFromBundle(db, reader(), 1000);
    // The pack that opens first is stored before the first paint; the other bundled pathways follow.
    expect(report).toMatchObject({ packs: ['ketamine-deyama2019'], figures: ['PMC6597338__nihms-1517515-f0006'] });
    expect(await report.later).toEqual(['wikipathways-WP2380', 'wikipathways-WP1471', 'wikipathways-WP4141']);
    expect(await db.packs.count()).toBe(4);
    const pack = await db.packs.get('ketamine-deyama2019');
    expect(pack?.pack.nodes.length).toBeGreaterThanOrEqual(25);
    const fig = await db.figures.get('PMC6597338__nihms-1517515-f0006');
    expect(fig?.record.title).toMatch(/ketamine/);
    expect(pack?.searchTerms).toEqual(expect.arrayContaining(['ntrk2', 'ketamine']));
  });

  it('reads from IndexedDB on later runs without re-seeding', async () => {
    const db = freshDb();
    await (await seedFromBundle(db, reader(), 1000)).later;
    db.close();
    const again = new PathwayDb(db.name);
    dbs.push(again);
    const r = reader();
    expect(await seedFromBundle(again, r, 2000)).toMatchObject({ packs: [], figures: [] });
    expect(r.reads).toEqual([]);
    expect((await again.packs.get('ketamine-deyama2019'))?.storedAt).toBe(1000);
  });

  it('replaces content with a newer bundled version and keeps every learner record', async () => {
    const db = freshDb();
    await (await seedFromBundle(db, reader(), 1000)).later;
    await db.positions.put({ packId: 'ketamine-deyama2019', stepId: 's05', detail: 'advanced', updatedAt: 1 });
    await db.cards.put({ id: 'ketamine-deyama2019|edge:e09', packId: 'ketamine-deyama2019', kc: 'edge:e09', due: 5, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state: 2 });
    await db.reviews.add({ cardId: 'ketamine-deyama2019|edge:e09', packId: 'ketamine-deyama2019', rating: 3, reviewedAt: 4, durationMs: 900, stateBefore: 0, dueBefore: 0, scheduledDays: 1 });

    // One minor version above whatever ships now.
    const newer = JSON.parse(ketamineText);
    const [major, minor] = (newer.version as string).split('.').map(Number);
    const bumped = `${major}.${minor! + 1}.0`;
    const manifest = manifestText.replace(`"id": "ketamine-deyama2019",\n      "version": "${newer.version}"`, `"id": "ketamine-deyama2019",\n      "version": "${bumped}"`);
    expect(manifest).not.toBe(manifestText);
    newer.version = bumped;
    newer.title = 'Ketamine, revised';
    const report = await seedFromBundle(db, reader(manifest, { 'packs/ketamine-deyama2019.pack.json': JSON.stringify(newer) }), 3000);
    expect(report.packs).toEqual(['ketamine-deyama2019']);
    expect((await db.packs.get('ketamine-deyama2019'))?.title).toBe('Ketamine, revised');
    expect(await db.positions.count()).toBe(1);
    expect(await db.cards.count()).toBe(1);
    expect(await db.reviews.count()).toBe(1);
  });

  it('refuses an invalid bundled pack and writes nothing', async () => {
    const db = freshDb();
    const broken = ketamineText.replace('"stimulus": "ketamine"', '"stimulus": "nothing"');
    await expect(seedFromBundle(db, reader(manifestText, { 'packs/ketamine-deyama2019.pack.json': broken }))).rejects.toThrow(/stimulus: unknown node/);
    expect(await db.packs.count()).toBe(0);
    expect(await db.figures.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
  });

  it('re-seeds if bundled rows went missing although the marker says seeded', async () => {
    const db = freshDb();
    await (await seedFromBundle(db, reader(), 1000)).later;
    await db.packs.delete('ketamine-deyama2019');
    const report = await seedFromBundle(db, reader(), 2000);
    expect(report.packs).toEqual(['ketamine-deyama2019']);
    expect(await db.packs.get('ketamine-deyama2019')).toBeDefined();
  });
});
