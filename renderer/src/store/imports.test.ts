import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PathwayDb } from './db.ts';
import { seedFromBundle } from './seed.ts';
import { fileKind, importFile, removeImported, searchLibrary } from './imports.ts';
import { recordReview } from './cards.ts';
import { Scheduler } from '../core/srs/scheduler.ts';
import { ketamineText, manifestText, seedRecordText, tinyPackRaw } from '../core/test-fixtures.ts';
import { storeChecksum } from './checksum.ts';

let db: PathwayDb;
let n = 0;
beforeEach(async () => {
  db = new PathwayDb(`imports-${++n}`);
  const files: Record<string, string> = { 'packs/ketamine-deyama2019.pack.json': ketamineText, 'figures/PMC6597338__nihms-1517515-f0006.md': seedRecordText };
  await seedFromBundle(db, { manifest: async () => manifestText, read: async (f) => files[f]! });
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
];

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
    ['ntrk2', ['pack:ketamine-deyama2019']],
    ['ketamine', ['pack:ketamine-deyama2019', 'figure:PMC6597338__nihms-1517515-f0006']],
    ['andorra', ['figure:PMC6597338__nihms-1517515-f0006']],
    ['TrkB flk', ['pack:ketamine-deyama2019']],
    ['nothing-like-this', []],
  ])('search "%s"', async (q, expected) => {
    expect((await searchLibrary(db, q)).map((h) => `${h.kind}:${h.id}`).sort()).toEqual(expected.sort());
  });
});
