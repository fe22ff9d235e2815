import { afterEach, describe, expect, it, vi } from 'vitest';
import { PathwayDb } from './db.ts';
import { countDue, dueCards, recordReview } from './cards.ts';
import { exportProgress, importProgress, ProgressWriteError } from './progress-io.ts';
import { Scheduler } from '../core/srs/scheduler.ts';

let n = 0;
const dbs: PathwayDb[] = [];
const freshDb = () => {
  const db = new PathwayDb(`progress-test-${++n}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const DAY = 86_400_000;
const t0 = Date.UTC(2026, 0, 5);

async function study(db: PathwayDb) {
  const s = new Scheduler(0.9);
  const rate = async (kc: string, rating: 1 | 2 | 3 | 4, at: number) => {
    const existing = await db.cards.get(`p|${kc}`);
    const { card, log } = s.rate(existing ?? s.newCard(at), rating, at, 4000, rating > 1);
    await recordReview(db, 'p', kc, card, log);
  };
  await rate('edge:e1', 3, t0);
  await rate('edge:e2', 1, t0);
  await rate('gene:trkb', 4, t0);
  await rate('edge:e1', 3, t0 + DAY);
  await db.positions.put({ packId: 'p', stepId: 's4', detail: 'basic', start: 'n2', updatedAt: t0 });
  await db.settings.put({ key: 'theme', value: 'dark' });
}

const snapshot = async (db: PathwayDb) => JSON.stringify(await Promise.all([db.cards.toArray(), db.reviews.toArray(), db.positions.toArray(), db.settings.toArray()]));

describe('reviews are stored with their card', () => {
  it('logs every answer and updates FSRS state in one go', async () => {
    const db = freshDb();
    await study(db);
    expect(await db.reviews.count()).toBe(4);
    const card = (await db.cards.get('p|edge:e1'))!;
    expect(card.reps).toBe(2);
    expect(card.due).toBeGreaterThan(t0 + DAY);
    expect((await db.reviews.where('cardId').equals('p|edge:e1').toArray()).map((r) => r.rating)).toEqual([3, 3]);
  });
  it('answers the due query from the [packId+due] index', async () => {
    const db = freshDb();
    await study(db);
    const at = t0 + 3 * DAY;
    const due = await dueCards(db, 'p', at);
    const all = await db.cards.toArray();
    expect(due.map((c) => c.id).sort()).toEqual(all.filter((c) => c.due <= at).map((c) => c.id).sort());
    expect(due.map((c) => c.due)).toEqual([...due.map((c) => c.due)].sort((x, y) => x - y));
    expect(await countDue(db, 'p', at)).toBe(due.length);
    expect(await countDue(db, 'other', t0 + 3 * DAY)).toBe(0);
    expect(due.some((c) => c.kc === 'edge:e2')).toBe(true);
  });
});

describe('export and import', () => {
  it('round-trips into a fresh profile with the same due queue', async () => {
    const a = freshDb();
    await study(a);
    const file = JSON.stringify(await exportProgress(a, 'test'));
    const b = freshDb();
    const r = await importProgress(b, file);
    expect(r.ok && r.value).toEqual({ cards: 3, reviews: 4, positions: 1, settings: 1 });
    expect(await b.positions.get('p')).toEqual({ packId: 'p', stepId: 's4', detail: 'basic', start: 'n2', updatedAt: t0 });
    for (const at of [t0, t0 + DAY, t0 + 10 * DAY, t0 + 100 * DAY]) {
      expect((await dueCards(b, 'p', at)).map((c) => c.id)).toEqual((await dueCards(a, 'p', at)).map((c) => c.id));
    }
  });
  it('leaves internal rows (the seeding marker) out of a backup', async () => {
    const a = freshDb();
    await study(a);
    await a.settings.put({ key: '_seededManifest', value: '{}' });
    const file = await exportProgress(a, 'test');
    expect(file.settings.map((s) => s.key)).toEqual(['theme']);
  });
  it('importing the same file twice adds nothing', async () => {
    const a = freshDb();
    await study(a);
    const file = JSON.stringify(await exportProgress(a, 'test'));
    const r = await importProgress(a, file);
    expect(r.ok && r.value).toEqual({ cards: 0, reviews: 0, positions: 0, settings: 0 });
    expect(await a.reviews.count()).toBe(4);
  });
  it('keeps the newer card when both sides studied it', async () => {
    const a = freshDb();
    await study(a);
    const old = await exportProgress(a, 'test');
    const s = new Scheduler(0.9);
    const card = (await a.cards.get('p|edge:e1'))!;
    const { card: newer, log } = s.rate(card, 4, t0 + 20 * DAY, 1000, true);
    await recordReview(a, 'p', 'edge:e1', newer, log);
    await importProgress(a, JSON.stringify(old));
    expect((await a.cards.get('p|edge:e1'))!.lastReview).toBe(t0 + 20 * DAY);
  });

  const hostile: [string, (f: any) => unknown, RegExp][] = [
    ['wrong format', (f) => ({ ...f, format: 'something-else' }), /format/],
    ['rating out of range', (f) => ({ ...f, reviews: [{ ...f.reviews[0], rating: 9 }] }), /reviews\[0\]\.rating/],
    ['card id not matching', (f) => ({ ...f, cards: [{ ...f.cards[0], id: 'q|x' }] }), /cards\[0\]\.id/],
    ['a string where a number belongs', (f) => ({ ...f, cards: [{ ...f.cards[0], due: 'tomorrow' }] }), /cards\[0\]\.due/],
    ['prototype pollution', (f) => JSON.parse(JSON.stringify(f).replace('"format"', '"__proto__":{"polluted":1},"format"')), /__proto__/],
  ];
  it.each(hostile)('a bad file (%s) is refused and changes nothing', async (_name, mutate, where) => {
    const db = freshDb();
    await study(db);
    const good = await exportProgress(db, 'test');
    const before = await snapshot(db);
    const r = await importProgress(db, JSON.stringify(mutate(JSON.parse(JSON.stringify(good)))));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n')).toMatch(where);
    expect(await snapshot(db)).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('a card from a file dated in the far future never replaces a real schedule (the year-275760 case)', async () => {
    const db = freshDb();
    await study(db);
    const real = (await db.cards.get('p|edge:e1'))!;
    const file = JSON.parse(JSON.stringify(await exportProgress(db, 'test')));
    const far = 8.64e15;
    file.cards[0] = { ...file.cards.find((c: { id: string }) => c.id === 'p|edge:e1'), lastReview: far - 1000, due: far };
    file.reviews.push({ ...file.reviews[0], reviewedAt: far - 1000 });
    const before = await snapshot(db);
    const r = await importProgress(db, JSON.stringify(file));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n')).toMatch(/lastReview: is in the future \(\+275760/);
    expect(await snapshot(db)).toBe(before);
    expect((await db.cards.get('p|edge:e1'))!.due).toBe(real.due);
  });
  it('a write that fails says the write failed, not that the file could not be read, and changes nothing', async () => {
    const a = freshDb();
    await study(a);
    const file = JSON.stringify(await exportProgress(a, 'test'));
    const b = freshDb();
    await b.settings.put({ key: 'theme', value: 'light' });
    const before = await snapshot(b);
    vi.spyOn(b.reviews, 'bulkAdd').mockRejectedValueOnce(new Error('QuotaExceededError: the disk is full'));
    const failed = importProgress(b, file);
    await expect(failed).rejects.toBeInstanceOf(ProgressWriteError);
    await expect(failed).rejects.toThrow('your progress could not be written to the database (QuotaExceededError: the disk is full)');
    expect(await snapshot(b)).toBe(before);
  });
  it.each([['not JSON', '{oops'], ['empty', ''], ['binary', '\u0000\u0001'], ['deep', '['.repeat(100)]])('%s is refused', async (_n, text) => {
    const db = freshDb();
    const r = await importProgress(db, text);
    expect(r.ok).toBe(false);
  });
});
