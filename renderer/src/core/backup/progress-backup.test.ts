import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, isFromNewerVersion, makeBackup, parseBackup, type BackupFile } from './progress-backup.ts';
import { CLOCK_SKEW_MS, MAX_INTERVAL_MS } from './backup-rules.ts';
import { Scheduler } from '../srs/scheduler.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 1, 12);

/** A real file: two answers on one card, one on another, as the app writes them. */
function file(): BackupFile {
  const s = new Scheduler(0.9);
  const a1 = s.rate(s.newCard(NOW - 10 * DAY), 3, NOW - 10 * DAY, 4000, true);
  const a2 = s.rate(a1.card, 3, NOW - 2 * DAY, 3000, true);
  const b1 = s.rate(s.newCard(NOW - 5 * DAY), 1, NOW - 5 * DAY, 5000, false);
  return makeBackup(
    {
      positions: [{ packId: 'p', stepId: 's3', detail: 'basic', updatedAt: NOW - DAY }],
      cards: [{ ...a2.card, id: 'p|edge:e1', packId: 'p', kc: 'edge:e1' }, { ...b1.card, id: 'p|gene:trkb', packId: 'p', kc: 'gene:trkb' }],
      reviews: [a1.log, a2.log, b1.log].map((log, i) => ({ ...log, id: i + 1, cardId: i < 2 ? 'p|edge:e1' : 'p|gene:trkb', packId: 'p' })),
      settings: [{ key: 'theme', value: 'dark' }, { key: 'retention', value: 0.9 }, { key: 'lastMode', value: 'quiz' }],
    },
    'test',
    NOW - 60_000,
  );
}
const parse = (f: unknown) => parseBackup(JSON.stringify(f), NOW);
const problems = (f: unknown) => {
  const r = parse(f);
  return r.ok ? '' : r.problems.map((p) => `${p.path}: ${p.message}`).join('\n');
};

describe('a file the app wrote', () => {
  it('reads back as it was', () => {
    const f = file();
    const r = parse(f);
    expect(r.ok && r.value).toEqual(f);
  });
  it('leaves internal and unknown settings out when it is made, so it always reads back', () => {
    const f = makeBackup({ positions: [], cards: [], reviews: [], settings: [{ key: '_seededManifest', value: '{}' }, { key: 'colour', value: 'red' }, { key: 'theme', value: 'sepia' }, { key: 'motion', value: 'reduce' }] }, 'test', NOW);
    expect(f.settings).toEqual([{ key: 'motion', value: 'reduce' }]);
    expect(parse(f).ok).toBe(true);
  });
});

const FAR = 8.64e15; // 13 September 275760: the largest date JavaScript has
type Edit = (f: BackupFile) => void;
const refused: [string, Edit, RegExp][] = [
  ['a review in the far future', (f) => (f.reviews[0]!.reviewedAt = FAR), /^reviews\[0\]\.reviewedAt: is in the future \(\+275760-09-13/],
  ['a review tomorrow', (f) => (f.reviews[2]!.reviewedAt = NOW + DAY), /^reviews\[2\]\.reviewedAt: is in the future.*Check the clock/],
  ['a card reviewed in the future', (f) => (f.cards[0]!.lastReview = NOW + 2 * CLOCK_SKEW_MS), /^cards\[0\]\.lastReview: is in the future/],
  ['a card due in the year 275760', (f) => (f.cards[0]!.due = FAR), /^cards\[0\]\.due: is more than 100 years after/],
  ['a card due before its last review', (f) => (f.cards[1]!.due = f.cards[1]!.lastReview! - 1), /^cards\[1\]\.due: is before/],
  ['a studied card without a last review', (f) => delete f.cards[0]!.lastReview, /^cards\[0\]\.lastReview: is missing/],
  ['a scheduled interval beyond FSRS\'s maximum', (f) => (f.cards[0]!.scheduledDays = 40_000), /^cards\[0\]\.scheduledDays: is more than 100 years/],
  ['a previous due date beyond any interval', (f) => (f.reviews[1]!.dueBefore = f.reviews[1]!.reviewedAt + 2 * MAX_INTERVAL_MS), /^reviews\[1\]\.dueBefore/],
  ['a position saved in the future', (f) => (f.positions[0]!.updatedAt = NOW + DAY), /^positions\[0\]\.updatedAt: is in the future/],
  ['an export date in the future', (f) => (f.exportedAt = new Date(NOW + DAY).toISOString()), /^exportedAt: is in the future/],
  ['an export date that is not a date', (f) => (f.exportedAt = 'yesterday'), /^exportedAt: must be a date/],
  ['an unknown setting key', (f) => f.settings.push({ key: 'colour', value: 'red' }), /^settings\[3\]: "colour" is not a setting of Pathway Explorer \(known: theme, motion/],
  ['an internal row as a setting', (f) => f.settings.push({ key: '_seededManifest', value: '{}' }), /^settings\[3\]: "_seededManifest" is not a setting/],
  ['a setting with a value it cannot take', (f) => (f.settings[1]!.value = 5), /^settings\[1\]: 5 is not an allowed value for retention/],
  ['a difficulty outside FSRS\'s range', (f) => (f.cards[0]!.difficulty = 11), /^cards\[0\]\.difficulty/],
  ['a negative stability', (f) => (f.cards[0]!.stability = -1), /^cards\[0\]\.stability/],
  ['a card id not matching', (f) => (f.cards[0]!.id = 'q|x'), /^cards\[0\]\.id: does not match/],
];

describe('refused, with the place and the reason', () => {
  it.each(refused)('%s', (_name, edit, message) => {
    const f = file();
    edit(f);
    expect(problems(f)).toMatch(message);
  });

  it('a little clock skew is tolerated', () => {
    const f = file();
    f.reviews[2]!.reviewedAt = NOW + CLOCK_SKEW_MS - 1000;
    f.exportedAt = new Date(NOW + 60_000).toISOString();
    expect(problems(f)).toBe('');
  });

  it.each([2, 7, 100])('a file of format version %i says it was made by a newer version', (version) => {
    const r = parse({ ...file(), version });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([{ path: 'version', message: expect.stringContaining(`was made by a newer version of Pathway Explorer (progress format ${version}; this version reads format 1)`) }]);
    expect(isFromNewerVersion(r.problems)).toBe(true);
  });

  it.each([[0], [1.5], ['2'], [-1]])('version %j is simply invalid, not "newer"', (version) => {
    const r = parse({ ...file(), version });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(isFromNewerVersion(r.problems)).toBe(false);
  });

  it('another format is refused by its name, whatever its version', () => {
    expect(problems({ ...file(), format: 'other', version: 9 })).toMatch(new RegExp(`^format: must be "${BACKUP_FORMAT}"`));
  });
});
