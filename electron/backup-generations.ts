/**
 * Automatic backups on the desktop are generations: every write is a new
 * file, named by the time it was written, and old ones are pruned to the
 * last few writes plus one a day for a week. A write therefore never replaces
 * a file, and a bad write (or a bad day) can be rolled back past.
 *
 * Names are the only thing the renderer can pass back to main, so they are
 * checked against these exact patterns: no paths, nothing else in the folder.
 */
export const GENERATION = /^progress-(\d{8}T\d{9}Z)(?:-(\d{1,3}))?\.json$/;
/** What versions before generations wrote (current, then previous): still read, never pruned. */
export const LEGACY = ['progress-backup.json', 'progress-backup.previous.json'] as const;
const SET_ASIDE = /^set-aside-\d{8}T\d{9}Z-/;

export const RETAIN = { recent: 3, days: 7 };
const DAY = 86_400_000;

export const isBackupName = (name: string): boolean => GENERATION.test(name) || (LEGACY as readonly string[]).includes(name);

/** 2026-03-01T12:00:00.123Z → 20260301T120000123Z (sorts as text in time order). */
export const stamp = (now: number): string => new Date(now).toISOString().replace(/[-:.]/g, '');

/** A name for a new generation that is not in `taken` (two writes in one millisecond get a counter). */
export function generationName(now: number, taken: ReadonlySet<string>): string {
  const base = `progress-${stamp(now)}`;
  if (!taken.has(`${base}.json`)) return `${base}.json`;
  for (let i = 1; i < 1000; i++) if (!taken.has(`${base}-${i}.json`)) return `${base}-${i}.json`;
  throw new Error('too many backups written in one millisecond');
}

/** Where a copy that cannot be read goes: same folder, a name no pattern above matches, so it is never read or pruned. */
export const setAsideName = (name: string, now: number): string => `set-aside-${stamp(now)}-${name}`;
export const isSetAside = (name: string): boolean => SET_ASIDE.test(name);

interface Generation {
  name: string;
  time: number;
  seq: number;
}

function parse(name: string): Generation | undefined {
  const m = GENERATION.exec(name);
  if (!m) return undefined;
  const s = m[1]!;
  const time = Date.UTC(+s.slice(0, 4), +s.slice(4, 6) - 1, +s.slice(6, 8), +s.slice(9, 11), +s.slice(11, 13), +s.slice(13, 15), +s.slice(15, 18));
  return { name, time, seq: Number(m[2] ?? 0) };
}

function generations(names: readonly string[]): Generation[] {
  return names.map(parse).filter((g): g is Generation => !!g).sort((a, b) => b.time - a.time || b.seq - a.seq);
}

/** Backup files in the order to try them: newest generation first, then the legacy files. */
export function newestFirst(names: readonly string[]): string[] {
  return [...generations(names).map((g) => g.name), ...LEGACY.filter((l) => names.includes(l))];
}

/**
 * The generations to delete: all but the newest `recent`, and the newest of
 * each of the last `days` days (UTC). Legacy and set-aside files are never
 * touched.
 */
export function toPrune(names: readonly string[], now: number, retain = RETAIN): string[] {
  const keep = new Set<string>();
  const days = new Set<number>();
  generations(names).forEach((g, i) => {
    if (i < retain.recent) keep.add(g.name);
    const day = Math.floor(g.time / DAY);
    if (now - g.time < retain.days * DAY && !days.has(day)) {
      days.add(day);
      keep.add(g.name);
    }
  });
  return generations(names).filter((g) => !keep.has(g.name)).map((g) => g.name);
}
