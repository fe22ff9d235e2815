import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PathwayDb } from './db.ts';
import { seedFromBundle } from './seed.ts';
import { fileKind, importFile, removeImported, searchLibrary } from './imports.ts';
import { recordReview } from './cards.ts';
import { Scheduler } from '../core/srs/scheduler.ts';
import { bundleFiles, ketamineText, manifestText, seedRecordText, tinyPackRaw } from '../core/test-fixtures.ts';
import { storeChecksum } from './checksum.ts';
import { listPacks } from './library.ts';
import { fixture } from '../core/gpml/gpml-fixtures.ts';

let db: PathwayDb;
let n = 0;
beforeEach(async () => {
  db = new PathwayDb(`imports-${++n}`);
  await (await seedFromBundle(db, { manifest: async () => manifestText, read: async (f) => bundleFiles[f]! })).later;
});
afterEach(() => db.delete());

const tiny = JSON.stringify(tinyPackRaw());
const record = (id = 'PMCX__fig1', title = 'Test figure') => `---\nfigid: ${id}\nfigtitle: ${title}\ncaption: GFX binds RCX.\nschema-jsonld:\n  keywords:\n  - GFX\n  - NTRK9\n---\n`;

describe('valid files', () => {
  it.each([
    ['tiny.pack.json', tiny, 'pack', 'tiny'],
    ['fig.md', record(), 'figure', 'PMCX__fig1'],
    ['fig.yml', record('PMCY__fig2'), 'figure', 'PMCY__fig2'],
    ['fig.txt', record('PMCZ__fig3'), 'figure', 'PMCZ__fig3'],
  ])('%s is stored', async (name, text, kind, id) => {
    const r = await importFile(db, name, text);
    expect(r.ok && r.value).toMatchObject({ kind, id, replaced: false });
    expect(await (kind === 'pack' ? db.packs.get(id) : db.figures.get(id))).toMatchObject({ source: 'imported' });
  });
  it('a second import of the same id replaces the first', async () => {
    await importFile(db, 'fig.md', record());
    const r = await importFile(db, 'fig.md', record('PMCX__fig1', 'Renamed'));
    expect(r.ok && r.value.replaced).toBe(true);
    expect(await db.figures.count()).toBe(2);
    expect((await db.figures.get('PMCX__fig1'))!.record.title).toBe('Renamed');
  });
});

const hostile: [string, string, RegExp][] = [
  ['a.json', '{"format":"pathway-pack"', /not valid JSON/],
  ['a.json', tiny.replace('"Tiny test pathway"', '42'), /title: wrong type/],
  ['a.json', tiny.replace('"target":"B"', '"target":"Z"'), /unknown node "Z"/],
  ['a.json', '{"__proto__":{"x":1}}', /not allowed/],
  ['a.json', `{"a":${'['.repeat(40)}${']'.repeat(40)}}`, /deeper than 32/],
  ['a.json', ' '.repeat(5_000_001), /too large/],
  ['a.json', ketamineText, /ships with the app/],
  ['a.md', seedRecordText, /ships with the app/],
  ['a.md', '---\ncaption: c\n---\n', /figid: is required/],
  ['a.md', '---\nfigid: [1]\ncaption: c\n---\n', /must be text/],
  ['a.md', '---\nfigid: X\ncaption: c\nk: &a [1]\nk2: *b\n---\n', /YAML/],
  ['a.md', '\u0000binary', /binary/],
  ['a.bin', 'MZ\u0090\u0000', /binary|neither/],
  ['a.json', '{"format":"pathway-explorer-progress","version":1}', /progress backup/],
  ['bomb.gpml', '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><Pathway xmlns="http://pathvisio.org/GPML/2013a" Name="x">&b;</Pathway>', /line 1, column \d+.*DOCTYPE|DOCTYPE/],
  ['a.gpml', '<svg xmlns="http://www.w3.org/2000/svg"></svg>', /not a GPML|GPML/],
  ['a.gpml', fixture('WP1471.gpml').slice(0, 5000), /line \d+/],
  ['a.xml', '<Pathway xmlns="http://pathvisio.org/GPML/2013a" Name="empty"></Pathway>', /no DataNodes/],
];

describe('WikiPathways GPML', () => {
  it('is converted and stored as a pathway, with the report of what was left out', async () => {
    const r = await importFile(db, 'WP145.gpml', fixture('WP145.gpml'));
    expect(r.ok).toBe(true);
    if (!r.ok || r.value.kind !== 'pack') return;
    expect(r.value).toMatchObject({ id: 'wikipathways-WP145', title: 'Statin pathway', replaced: false });
    expect(r.value.report?.kept.nodes).toBe(33);
    expect(r.value.summary).toMatch(/^pathway "Statin pathway" \(WikiPathways WP145, revision \d+\): 33 nodes, \d+ links, \d+ steps$/);
    const row = await db.packs.get('wikipathways-WP145');
    expect(row).toMatchObject({ source: 'imported', title: 'Statin pathway' });
    expect(row!.report?.skipped.length).toBeGreaterThan(0);
    expect(row!.pack.provenance.database?.id).toBe('WP145');
  });

  it('a pathway that ships with the app is already in the library: the import says so and changes nothing', async () => {
    const before = await storeChecksum(db);
    const r = await importFile(db, 'WP2380.gpml', fixture('WP2380.gpml'));
    expect(!r.ok && r.problems[0]!.message).toMatch(/already in your library/);
    expect(await storeChecksum(db)).toBe(before);
  });
});

describe('hostile and malformed files', () => {
  it.each(hostile)('%s (%#) is refused with a reason, and the store is byte-identical', async (name, text, message) => {
    const before = await storeChecksum(db);
    const r = await importFile(db, name, text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n')).toMatch(message);
    expect(await storeChecksum(db)).toBe(before);
  });
});

describe('kinds of files', () => {
  it.each([
    ['x.json', '{}', 'pack'],
    ['x.md', '', 'figure'],
    ['x', '---\nfigid: a', 'figure'],
    ['x', '{"a":1}', 'pack'],
    ['x.json', '{"format": "pathway-explorer-progress"}', 'progress'],
    ['x.exe', 'MZ', 'unknown'],
    ['x.gpml', '<Pathway/>', 'gpml'],
    ['x.xml', '<a/>', 'gpml'],
    ['x', '<?xml version="1.0"?>', 'gpml'],
  ])('%s → %s', (name, text, kind) => expect(fileKind(name, text)).toBe(kind));
});

describe('removing and searching', () => {
  it('keeps the learner\'s records unless asked to forget them', async () => {
    await importFile(db, 'tiny.json', tiny);
    const s = new Scheduler();
    const { card, log } = s.rate(s.newCard(0), 3, 1, 100, true);
    await recordReview(db, 'tiny', 'edge:e1', card, log);
    await removeImported(db, 'pack', 'tiny', false);
    expect(await db.packs.get('tiny')).toBeUndefined();
    expect(await db.cards.count()).toBe(1);
    await importFile(db, 'tiny.json', tiny);
    await removeImported(db, 'pack', 'tiny', true);
    expect(await db.cards.count()).toBe(0);
    expect(await db.reviews.count()).toBe(0);
  });
  it('never removes bundled content', async () => {
    await expect(removeImported(db, 'pack', 'ketamine-deyama2019', true)).rejects.toThrow(/bundled/);
    expect(await db.packs.get('ketamine-deyama2019')).toBeDefined();
  });
  it.each([
    ['ntrk2', ['pack:ketamine-deyama2019', 'pack:wikipathways-WP2380']],
    ['ketamine', ['pack:ketamine-deyama2019', 'figure:PMC6597338__nihms-1517515-f0006']],
    ['andorra', ['figure:PMC6597338__nihms-1517515-f0006']],
    ['TrkB flk', ['pack:ketamine-deyama2019']],
    ['nothing-like-this', []],
  ])('search "%s"', async (q, expected) => {
    expect((await searchLibrary(db, q)).map((h) => `${h.kind}:${h.id}`).sort()).toEqual(expected.sort());
  });
});

describe('the library list', () => {
  it('orders lessons, then bundled database pathways, then imports, and carries the attribution a database asks for', async () => {
    await importFile(db, 'WP145.gpml', fixture('WP145.gpml'));
    await importFile(db, 'tiny.pack.json', tiny);
    const list = await listPacks(db);
    const kind = (p: (typeof list)[number]) => (p.source === 'imported' ? 'import' : p.database ? 'database' : 'lesson');
    expect(list.map(kind)).toEqual(['lesson', 'database', 'database', 'database', 'import', 'import']);
    expect(list.slice(-2).map((p) => p.title)).toEqual(['Statin pathway', 'Tiny test pathway']);
    const bundledDb = list.filter((p) => p.source === 'bundled' && p.database).map((p) => p.title);
    expect(bundledDb).toEqual([...bundledDb].sort((a, b) => a.localeCompare(b)));
    expect(bundledDb).toHaveLength(3);
    const statin = list.find((p) => p.id === 'wikipathways-WP145')!;
    expect(statin.database).toMatchObject({ name: 'WikiPathways', id: 'WP145' });
    expect(statin.license).toMatch(/CC0/);
    expect(list.find((p) => p.id === 'ketamine-deyama2019')!.database).toBeUndefined();
  });
});
