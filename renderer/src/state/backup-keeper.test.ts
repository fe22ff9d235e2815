import { afterEach, describe, expect, it } from 'vitest';
import { BackupKeeper } from './backup-keeper.svelte.ts';
import { PathwayDb, type Position } from '../store/db.ts';
import { recordReview } from '../store/cards.ts';
import { exportProgress } from '../store/progress-io.ts';
import { Scheduler } from '../core/srs/scheduler.ts';
import type { BackupStore } from '../platform/platform.ts';

/** Backups in memory, newest first, with faults to switch on. */
class MemoryStore implements BackupStore {
  where = 'memory';
  copies: [string, string][] = [];
  aside = new Map<string, string>();
  writes = 0;
  failWrites: string | undefined;
  failSetAside: string | undefined;
  list = async () => this.copies.map(([n]) => n);
  read = async (name: string) => this.copies.find(([n]) => n === name)?.[1] ?? null;
  write = async (json: string) => {
    if (this.failWrites) throw new Error(this.failWrites);
    this.copies.unshift([`copy-${++this.writes}`, json]);
  };
  setAside = async (name: string) => {
    if (this.failSetAside) throw new Error(this.failSetAside);
    const i = this.copies.findIndex(([n]) => n === name);
    const [[, text]] = this.copies.splice(i, 1) as [[string, string]];
    this.aside.set(`aside-${name}`, text);
    return `aside-${name}`;
  };
  newest = () => JSON.parse(this.copies[0]![1]) as { reviews: unknown[]; cards: { id: string }[]; positions: Position[] };
}

class Events {
  listeners = new Map<string, (() => void)[]>();
  visibilityState = 'visible';
  addEventListener(type: string, fn: () => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
  }
  fire(type: string) {
    for (const fn of this.listeners.get(type) ?? []) fn();
  }
}

let n = 0;
const dbs: PathwayDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});
const s = new Scheduler(0.9);
const T = Date.now() - 3 * 86_400_000;

function setup(store = new MemoryStore(), db = new PathwayDb(`keeper-${++n}`)) {
  dbs.push(db);
  const events = new Events();
  let position: Position | undefined;
  const keeper = new BackupKeeper({
    db: () => db,
    store: () => store,
    appVersion: async () => '1.0.0-test',
    position: () => position,
    savePosition: async () => {
      if (position) await db.positions.put(position);
    },
  });
  /** Answers one question as the quiz does: store, then tell the keeper. */
  const answer = async (kc: string, at: number) => {
    const prev = await db.cards.get(`p|${kc}`);
    const { card, log } = s.rate(prev ?? s.newCard(at), 3, at, 1000, true);
    await recordReview(db, 'p', kc, card, log);
    return keeper.recordAnswer({ ...card, id: `p|${kc}`, packId: 'p', kc }, { ...log, cardId: `p|${kc}`, packId: 'p' });
  };
  const start = async () => {
    await db.open();
    await keeper.restoreIfEmpty();
    await keeper.watch(events, events);
  };
  return { store, db, keeper, events, answer, start, place: (p: Position) => (position = p) };
}

const texts = (k: BackupKeeper) => k.notices.map((x) => `${x.kind}: ${x.text}`).join('\n');

describe('writing at the right moments', () => {
  it('writes straight after each stored answer, not seconds later', async () => {
    const t = setup();
    await t.start();
    expect(t.store.copies).toHaveLength(0);
    await t.answer('edge:e1', T);
    expect(t.store.newest().reviews).toHaveLength(1);
    await t.answer('edge:e2', T + 1000);
    expect(t.store.newest().reviews).toHaveLength(2);
  });

  it('at start-up, writes when the database holds progress the backup lacks, and only then', async () => {
    const first = setup();
    await first.start();
    await first.answer('edge:e1', T);
    // Answers stored while no backup was watching (an older version, a crash before the write).
    await recordReview(first.db, 'p', 'edge:e2', s.rate(s.newCard(T), 3, T + 5, 1000).card, s.rate(s.newCard(T), 3, T + 5, 1000).log);
    const again = setup(first.store, new PathwayDb(first.db.name));
    await again.start();
    expect(first.store.writes).toBe(2);
    expect(first.store.newest().reviews).toHaveLength(2);
    const third = setup(first.store, new PathwayDb(first.db.name));
    await third.start();
    expect(first.store.writes).toBe(2);
  });

  it('a flush on pagehide or when hidden writes synchronously, with the learner\'s place', async () => {
    const t = setup();
    await t.start();
    await t.answer('edge:e1', T);
    t.place({ packId: 'p', stepId: 's5', detail: 'advanced', updatedAt: T + 10 });
    const before = t.store.writes;
    t.events.fire('pagehide');
    // No await: the copy must already be in the store.
    expect(t.store.writes).toBe(before + 1);
    expect(t.store.newest().positions).toEqual([{ packId: 'p', stepId: 's5', detail: 'advanced', updatedAt: T + 10 }]);
    t.events.visibilityState = 'hidden';
    t.events.fire('visibilitychange');
    expect(t.store.writes).toBe(before + 1); // nothing new to write
  });

  it('answers given before the backup was loaded are written once it is', async () => {
    const t = setup();
    await t.db.open();
    await t.keeper.restoreIfEmpty();
    await t.answer('edge:e1', T);
    expect(t.store.copies).toHaveLength(0);
    await t.keeper.watch(t.events, t.events);
    expect(t.store.newest().reviews).toHaveLength(1);
  });
});

describe('restoring', () => {
  it('a wiped database gets its progress back from the newest copy that validates', async () => {
    const t = setup();
    await t.start();
    await t.answer('edge:e1', T);
    await t.answer('edge:e2', T + 1);
    t.store.copies.unshift(['broken', '{"format":"pathway-explorer-progress","version":1,"exportedAt":']);
    const wiped = setup(t.store);
    await wiped.start();
    expect(await wiped.db.reviews.count()).toBe(2);
    expect(texts(wiped.keeper)).toMatch(/restored from the automatic backup \(2 cards, 2 answers\)/);
    expect(texts(wiped.keeper)).toMatch(/kept aside because it could not be read \(the file is not valid JSON.*“aside-broken”/);
    expect(t.store.aside.get('aside-broken')).toMatch(/^\{"format"/);
  });
});

describe('never overwriting what cannot be read', () => {
  it.each([
    ['truncated', '{"format":"pathway-explorer-progress","vers', /could not be read/],
    ['from a newer version', JSON.stringify({ format: 'pathway-explorer-progress', version: 2, cards: 'new shape' }), /made by a newer version of Pathway Explorer/],
  ])('a %s backup is moved aside, kept whole, and the learner told', async (_name, text, why) => {
    const store = new MemoryStore();
    store.copies.push(['only', text]);
    const t = setup(store);
    await t.start();
    await t.answer('edge:e1', T);
    expect(store.aside.get('aside-only')).toBe(text);
    expect(store.newest().reviews).toHaveLength(1);
    expect(texts(t.keeper)).toMatch(why);
    expect(texts(t.keeper)).toMatch(/Nothing was overwritten/);
  });

  it('when it cannot even be moved aside, nothing is written over it and the learner is told', async () => {
    const store = new MemoryStore();
    store.copies.push(['only', '{oops']);
    store.failSetAside = "this browser's storage for the app is full";
    const t = setup(store);
    await t.start();
    await t.answer('edge:e1', T);
    t.events.fire('pagehide');
    expect(store.copies).toEqual([['only', '{oops']]);
    expect(t.keeper.blocked).toBe(true);
    expect(texts(t.keeper)).toMatch(/could not be moved aside \(this browser's storage for the app is full\)\. Automatic backups are paused/);
  });
});

describe('failures are told, once, and recovery too', () => {
  it('a write that fails is shown; a later one that works says so', async () => {
    const t = setup();
    await t.start();
    t.store.failWrites = "this browser's storage for the app is full";
    await t.answer('edge:e1', T);
    await t.answer('edge:e2', T + 1);
    expect(t.keeper.failure).toBe("this browser's storage for the app is full");
    expect(t.keeper.notices.filter((x) => x.kind === 'warning')).toHaveLength(1);
    expect(texts(t.keeper)).toMatch(/could not be written: this browser's storage for the app is full\. Your progress is still saved/);
    t.store.failWrites = undefined;
    await t.answer('edge:e3', T + 2);
    expect(t.keeper.failure).toBeUndefined();
    expect(t.store.newest().reviews).toHaveLength(3);
    expect(texts(t.keeper)).toMatch(/working again/);
  });

  it('an import is folded in by a resync', async () => {
    const t = setup();
    await t.start();
    await t.answer('edge:e1', T);
    const other = setup();
    await other.start();
    await other.answer('gene:x', T + 5);
    const file = await exportProgress(other.db, 't');
    await t.db.cards.bulkPut(file.cards);
    await t.db.reviews.bulkAdd(file.reviews);
    await t.keeper.resync();
    expect(t.store.newest().cards.map((c) => c.id).sort()).toEqual(['p|edge:e1', 'p|gene:x']);
  });
});
