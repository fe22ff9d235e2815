// Fuzz suite: generated packs, figure records and progress backups through
// the real import paths. Every input must get a typed accept/refuse within its
// time budget, never pollute Object.prototype, and leave the store unchanged
// when refused. Keys are biased towards __proto__, constructor and prototype.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PathwayDb } from './db.ts';
import { importFile } from './imports.ts';
import { importProgress, exportProgress } from './progress-io.ts';
import { storeChecksum } from './checksum.ts';
import { tinyPackRaw } from '../core/test-fixtures.ts';
import { recordReview } from './cards.ts';
import { Scheduler } from '../core/srs/scheduler.ts';

const BUDGET_MS = 1500;
const EVIL = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', '__defineGetter__'];
const key = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...EVIL) }, { weight: 2, arbitrary: fc.constantFrom('id', 'label', 'nodes', 'edges', 'steps', 'figid', 'caption', 'kind', 'evidence', 'refs') }, fc.string({ maxLength: 8 }));
const value = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    fc.string({ maxLength: 30 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom('<script>alert(1)</script>', '.na.character', '', '\u0000', 'x'.repeat(5000)),
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(key, tie('v'), { maxKeys: 4 }),
  ),
})).v;

/** Serialises with literal "__proto__" keys (JSON.stringify of an object built with them would drop the prototype key). */
const rawJson = (v: unknown): string => {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(rawJson).join(',')}]`;
  return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}:${rawJson(x)}`).join(',')}}`;
};

/** A valid pack with a few paths replaced, deleted or given hostile keys. */
const mutatedPack = fc
  .record({
    edits: fc.array(fc.tuple(fc.constantFrom('set', 'delete', 'evil'), fc.nat(), fc.nat(), key, value), { minLength: 1, maxLength: 3 }),
  })
  .map(({ edits }) => {
    const pack: any = tinyPackRaw();
    let extra = '';
    for (const [op, a, b, k, v] of edits) {
      const lists = ['nodes', 'edges', 'steps', 'interventions', 'compartments'] as const;
      const list = pack[lists[a % lists.length]!];
      const item = list[b % list.length];
      const field = Object.keys(item)[b % Object.keys(item).length]!;
      if (op === 'set') item[field] = v;
      else if (op === 'delete') delete item[field];
      else extra = `,${JSON.stringify(k)}:${rawJson(v)}`;
    }
    const text = JSON.stringify(pack);
    return extra ? `${text.slice(0, -1)}${extra}}` : text;
  });

const yamlScalar = fc.oneof(fc.string({ maxLength: 20 }).map((s) => JSON.stringify(s)), fc.constantFrom('.na.character', "''", '*a', '&a [1, 2]', '[*a, *a, *a]', '{a: 1}', '!!binary aGk=', '|\n  block', 'null', '~', '- x'));
const record = fc
  .record({
    hasId: fc.constantFrom(true, true, true, false),
    hasCaption: fc.constantFrom(true, true, true, false),
    lines: fc.array(fc.tuple(key, yamlScalar), { maxLength: 6 }),
    frame: fc.boolean(),
    indent: fc.nat({ max: 3 }),
  })
  .map(({ hasId, hasCaption, lines, frame, indent }) => {
    const body = [hasId ? 'figid: F_1' : '', hasCaption ? 'caption: A caption.' : '', ...lines.map(([k, v]) => `${' '.repeat(indent)}${/^[\w-]+$/.test(k) ? k : JSON.stringify(k)}: ${v}`)].filter(Boolean).join('\n');
    return frame ? `---\n${body}\n---\n` : body;
  });

const backup = fc
  .record({ base: fc.boolean(), key, v: value, where: fc.constantFrom('cards', 'reviews', 'positions', 'settings', 'root') })
  .map(({ base, key: k, v, where }) => {
    const file: any = base ? { format: 'pathway-explorer-progress', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', positions: [], cards: [], reviews: [], settings: [] } : {};
    if (where === 'root') return `${rawJson(file).slice(0, -1)}${Object.keys(file).length ? ',' : ''}${JSON.stringify(k)}:${rawJson(v)}}`;
    file[where] = [v];
    return rawJson(file);
  });

let db: PathwayDb;
beforeAll(async () => {
  db = new PathwayDb('fuzz');
  const s = new Scheduler();
  const { card, log } = s.rate(s.newCard(0), 3, 1, 100, true);
  await recordReview(db, 'p', 'edge:e1', card, log);
  await db.positions.put({ packId: 'p', stepId: 's1', detail: 'basic', updatedAt: 1 });
});
afterAll(() => db.delete());

const outcomes = { accepted: 0, refused: 0 };

async function check(run: () => Promise<{ ok: boolean }>): Promise<void> {
  const before = await storeChecksum(db);
  const started = performance.now();
  const result = await run();
  expect(performance.now() - started).toBeLessThan(BUDGET_MS);
  expect(typeof result.ok).toBe('boolean');
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(({} as Record<string, unknown>).x).toBeUndefined();
  outcomes[result.ok ? 'accepted' : 'refused']++;
  if (!result.ok) expect(await storeChecksum(db)).toBe(before);
}

describe('fuzzed imports (1,100 cases)', () => {
  it('400 generated packs', async () => {
    await fc.assert(fc.asyncProperty(mutatedPack, (text) => check(() => importFile(db, 'p.json', text))), { numRuns: 400 });
  });
  it('400 generated figure records', async () => {
    await fc.assert(fc.asyncProperty(record, (text) => check(() => importFile(db, 'r.md', text))), { numRuns: 400 });
  });
  it('300 generated progress backups', async () => {
    await fc.assert(fc.asyncProperty(backup, (text) => check(() => importProgress(db, text))), { numRuns: 300 });
  });
  it('exercised both outcomes (the generators are not trivially all-bad)', () => {
    expect(outcomes.accepted).toBeGreaterThan(20);
    expect(outcomes.refused).toBeGreaterThan(500);
  });
  it('a real backup still round-trips after all that', async () => {
    const file = await exportProgress(db, 'fuzz');
    expect((await importProgress(db, JSON.stringify(file))).ok).toBe(true);
  });
});
