import { describe, expect, it } from 'vitest';
import { holdsMoreThan, mergePlan, replacesSchedule } from './merge-plan.ts';
import { makeBackup, type BackupCard, type BackupFile } from './progress-backup.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 1, 12);
const card = (over: Partial<BackupCard> = {}): BackupCard => ({
  id: 'p|k', packId: 'p', kc: 'k', due: NOW + 3 * DAY, stability: 3, difficulty: 5, elapsedDays: 0, scheduledDays: 3,
  learningSteps: 0, reps: 2, lapses: 0, state: 2, lastReview: NOW, ...over,
});

describe('a merge never replaces a schedule with an older or inconsistent one', () => {
  const stored = card({ lastReview: NOW - DAY, due: NOW + 2 * DAY });
  const cases: [string, BackupCard, BackupCard | undefined, boolean][] = [
    ['a later, consistent review', card(), stored, true],
    ['an older review', card({ lastReview: NOW - 2 * DAY, due: NOW + DAY }), stored, false],
    ['the same review time', card({ lastReview: NOW - DAY, due: NOW + 9 * DAY }), stored, false],
    ['a later review that is due before it was reviewed', card({ due: NOW - DAY }), stored, false],
    ['a later review due in the year 275760', card({ due: 8.64e15 }), stored, false],
    ['a review in the future', card({ lastReview: NOW + 30 * DAY, due: NOW + 40 * DAY }), stored, false],
    ['a never-reviewed card over a reviewed one', card({ lastReview: undefined, state: 0, due: NOW, reps: 0 }), stored, false],
    ['a consistent card not stored yet', card(), undefined, true],
    ['an inconsistent card not stored yet', card({ due: NOW - DAY }), undefined, false],
    ['a reviewed card over a never-reviewed one', card(), card({ lastReview: undefined, state: 0, due: NOW - DAY }), true],
  ];
  it.each(cases)('%s → %s', (_name, incoming, existing, expected) => {
    // Written out so the table reads as a sentence: "<case> replaces: <expected>".
    expect(replacesSchedule(incoming, existing, NOW)).toBe(expected);
  });

  it('mergePlan keeps the stored card when the file is older, and unions the answers', () => {
    const file = makeBackup({ positions: [], cards: [card({ lastReview: NOW - 5 * DAY, due: NOW - 4 * DAY })], reviews: [{ cardId: 'p|k', packId: 'p', rating: 3, reviewedAt: NOW - 5 * DAY, durationMs: 1, stateBefore: 0, dueBefore: 0, scheduledDays: 1 } as never], settings: [] }, 't', NOW);
    const plan = mergePlan(file, { cards: [stored], reviews: [{ cardId: 'p|k', reviewedAt: NOW - DAY }], positions: [], settingKeys: [] }, NOW);
    expect(plan.cards).toEqual([]);
    expect(plan.reviews).toHaveLength(1);
  });
});

describe('does the database hold progress the backup lacks?', () => {
  const base = (): BackupFile =>
    makeBackup({
      positions: [{ packId: 'p', stepId: 's1', detail: 'basic', updatedAt: NOW - DAY }],
      cards: [card()],
      reviews: [{ cardId: 'p|k', packId: 'p', rating: 3, reviewedAt: NOW, durationMs: 1, stateBefore: 0, dueBefore: 0, scheduledDays: 3 } as never],
      settings: [{ key: 'theme', value: 'dark' }],
    }, 't', NOW);
  const cases: [string, (db: BackupFile, backup: BackupFile) => void, boolean][] = [
    ['the same content', () => {}, false],
    ['an answer the backup has not seen', (db) => db.reviews.push({ ...db.reviews[0]!, reviewedAt: NOW + 1 }), true],
    ['a later card state', (db) => (db.cards[0]!.lastReview = NOW + 1), true],
    ['a card the backup does not have', (db) => db.cards.push(card({ id: 'p|j', kc: 'j' })), true],
    ['a later position', (db) => (db.positions[0]!.updatedAt = NOW), true],
    ['a changed setting', (db) => (db.settings[0]!.value = 'light'), true],
    ['less than the backup (progress deleted on purpose)', (db) => { db.reviews.length = 0; db.cards.length = 0; }, false],
    ['an older export time only', (db) => (db.exportedAt = new Date(0).toISOString()), false],
  ];
  it.each(cases)('%s → %s', (_name, edit, expected) => {
    const db = base();
    const backup = base();
    edit(db, backup);
    expect(holdsMoreThan(db, backup)).toBe(expected);
  });
});
