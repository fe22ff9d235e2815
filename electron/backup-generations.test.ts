import { describe, expect, it } from 'vitest';
import { generationName, isBackupName, isSetAside, newestFirst, setAsideName, stamp, toPrune } from './backup-generations.js';

const at = (iso: string) => Date.parse(iso);
const gen = (iso: string, seq = 0) => `progress-${stamp(at(iso))}${seq ? `-${seq}` : ''}.json`;

describe('backup file names', () => {
  it('stamp times so that names sort in time order', () => {
    expect(gen('2026-03-01T12:00:00.123Z')).toBe('progress-20260301T120000123Z.json');
    expect(generationName(at('2026-03-01T12:00:00Z'), new Set())).toBe('progress-20260301T120000000Z.json');
    expect(generationName(at('2026-03-01T12:00:00Z'), new Set(['progress-20260301T120000000Z.json', 'progress-20260301T120000000Z-1.json']))).toBe('progress-20260301T120000000Z-2.json');
  });
  it.each([
    ['progress-20260301T120000123Z.json', true],
    ['progress-20260301T120000123Z-7.json', true],
    ['progress-backup.json', true],
    ['progress-backup.previous.json', true],
    ['progress-20260301T120000123Z.json.tmp', false],
    ['../progress-20260301T120000123Z.json', false],
    ['progress-20260301T1200Z.json', false],
    ['set-aside-20260301T120000123Z-progress-backup.json', false],
  ])('%s is a backup name: %s', (name, expected) => {
    expect(isBackupName(name)).toBe(expected);
  });
  it('a set-aside name is never a backup name', () => {
    const aside = setAsideName('progress-20260301T120000123Z.json', at('2026-03-02T00:00:00Z'));
    expect(aside).toBe('set-aside-20260302T000000000Z-progress-20260301T120000123Z.json');
    expect(isSetAside(aside)).toBe(true);
    expect(isBackupName(aside)).toBe(false);
  });
});

describe('order and retention', () => {
  it('lists generations newest first (counter included), then the legacy files, and nothing else', () => {
    const names = ['progress-backup.previous.json', gen('2026-03-01T10:00:00Z'), 'notes.txt', gen('2026-03-01T10:00:00Z', 1), 'progress-backup.json', gen('2026-02-27T10:00:00Z')];
    expect(newestFirst(names)).toEqual([gen('2026-03-01T10:00:00Z', 1), gen('2026-03-01T10:00:00Z'), gen('2026-02-27T10:00:00Z'), 'progress-backup.json', 'progress-backup.previous.json']);
  });
  const now = at('2026-03-10T12:00:00Z');
  const cases: [string, string[], string[]][] = [
    ['three or fewer: nothing', [gen('2026-01-01T00:00:00Z'), gen('2026-01-02T00:00:00Z')], []],
    ['many writes today: all but the last 3', ['09:00', '10:00', '11:00', '11:30', '11:45'].map((t) => gen(`2026-03-10T${t}:00Z`)), [gen('2026-03-10T10:00:00Z'), gen('2026-03-10T09:00:00Z')]],
    ['one a day kept for a week, the newest of each day', [
      gen('2026-03-10T11:00:00Z'), gen('2026-03-10T10:00:00Z'), gen('2026-03-10T09:00:00Z'),
      gen('2026-03-08T18:00:00Z'), gen('2026-03-08T08:00:00Z'), gen('2026-03-04T12:00:01Z'), gen('2026-03-03T12:00:00Z'),
    ], [gen('2026-03-08T08:00:00Z'), gen('2026-03-03T12:00:00Z')]],
    ['legacy and set-aside files are never pruned', ['progress-backup.json', 'set-aside-20200101T000000000Z-progress-backup.json', ...['01', '02', '03', '04'].map((d) => gen(`2025-01-${d}T00:00:00Z`))], [gen('2025-01-01T00:00:00Z')]],
  ];
  it.each(cases)('%s', (_name, names, pruned) => {
    expect(toPrune(names, now).sort()).toEqual(pruned.sort());
  });
});
