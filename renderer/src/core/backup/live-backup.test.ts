import { describe, expect, it } from 'vitest';
import { LiveBackup } from './live-backup.ts';
import { makeBackup, parseBackup } from './progress-backup.ts';
import { Scheduler } from '../srs/scheduler.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 1, 12);
const s = new Scheduler(0.9);
const empty = () => new LiveBackup(makeBackup({ positions: [], cards: [], reviews: [], settings: [] }, 'test', NOW));
function answer(at: number, prev = s.newCard(at)) {
  const { card, log } = s.rate(prev, 3, at, 1000, true);
  return { card: { ...card, id: 'p|k', packId: 'p', kc: 'k' }, review: { ...log, id: 7, cardId: 'p|k', packId: 'p', questionKind: 'gene' } };
}

describe('the backup kept in memory', () => {
  it('records answers once each and keeps the latest card state', () => {
    const live = empty();
    const a = answer(NOW - 2 * DAY);
    const b = answer(NOW - DAY, a.card);
    expect(live.recordAnswer(a.card, a.review)).toBe(true);
    expect(live.recordAnswer(b.card, b.review)).toBe(true);
    expect(live.recordAnswer(a.card, a.review)).toBe(false);
    expect(live.file.reviews).toHaveLength(2);
    expect(live.file.cards).toEqual([b.card]);
  });

  it('serialises to a file the importer accepts, without store keys', () => {
    const live = empty();
    const a = answer(NOW - DAY);
    live.recordAnswer(a.card, a.review);
    live.setPosition({ packId: 'p', stepId: 's2', detail: 'advanced', updatedAt: NOW - 1000 });
    live.setSetting('theme', 'dark');
    const r = parseBackup(live.serialize(NOW, '1.2.3'), NOW);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.exportedAt).toBe(new Date(NOW).toISOString());
    expect(r.value.app).toBe('1.2.3');
    expect(r.value.reviews[0]).not.toHaveProperty('id');
    expect(r.value.positions).toEqual([{ packId: 'p', stepId: 's2', detail: 'advanced', updatedAt: NOW - 1000 }]);
    expect(r.value.settings).toEqual([{ key: 'theme', value: 'dark' }]);
  });

  it('keeps the later position and ignores settings a backup may not carry', () => {
    const live = empty();
    expect(live.setPosition({ packId: 'p', stepId: 's2', detail: 'basic', updatedAt: 10 })).toBe(true);
    expect(live.setPosition({ packId: 'p', stepId: 's1', detail: 'basic', updatedAt: 5 })).toBe(false);
    expect(live.setPosition({ packId: 'p', stepId: 's2', detail: 'basic', updatedAt: 20 })).toBe(false);
    expect(live.setPosition({ packId: 'p', stepId: 's3', detail: 'basic', updatedAt: 30 })).toBe(true);
    expect(live.file.positions).toEqual([{ packId: 'p', stepId: 's3', detail: 'basic', updatedAt: 30 }]);
    // A new start for the signal is a new place, even on the same step.
    expect(live.setPosition({ packId: 'p', stepId: 's3', detail: 'basic', start: 'n7', updatedAt: 40 })).toBe(true);
    expect(live.file.positions).toEqual([{ packId: 'p', stepId: 's3', detail: 'basic', start: 'n7', updatedAt: 40 }]);
    expect(live.setSetting('_internal', 1)).toBe(false);
    expect(live.setSetting('theme', 'sepia')).toBe(false);
    expect(live.file.settings).toEqual([]);
  });
});
