import * as v from 'valibot';
import { RETENTION } from '../srs/retention.ts';
import type { Problem } from '../util/problem.ts';

/**
 * What a believable progress record looks like, beyond its types. A file
 * written by a computer whose clock ran a little fast is fine; a review dated
 * next year (or in the year 275760, the largest date JavaScript has) is not,
 * because importing it would push a real card's schedule out of reach.
 */
export const CLOCK_SKEW_MS = 60 * 60 * 1000;
const DAY = 86_400_000;
/** ts-fsrs never schedules further out than this (its maximum_interval, 100 years). */
export const MAX_INTERVAL_MS = 36_500 * DAY;
/** Rounding slack for the interval check (FSRS works in whole days). */
const INTERVAL_SLACK_MS = 2 * DAY;

const iso = (t: number) => (Number.isFinite(t) && Math.abs(t) <= 8.64e15 ? new Date(t).toISOString() : String(t));

/** Refuses a time after now (plus a little clock skew), saying both times. */
export function notInFuture(path: string, t: number, now: number, into: Problem[]): void {
  if (t > now + CLOCK_SKEW_MS) {
    into.push({ path, message: `is in the future (${iso(t)}; this computer's clock says ${iso(now)}). Check the clock of the computer that made the file.` });
  }
}

export interface CardTimes {
  due: number;
  lastReview?: number | undefined;
  state: number;
  scheduledDays: number;
}

/**
 * Why a card's schedule cannot be right, or undefined when it can: reviewed
 * in the future, due before its last review, due further out than FSRS ever
 * schedules, or (never reviewed) not due now.
 */
export function inconsistentSchedule(card: CardTimes, now: number): { field: string; message: string } | undefined {
  if (card.lastReview === undefined) {
    if (card.state !== 0) return { field: 'lastReview', message: 'is missing, but the card has been studied (its state is not "new")' };
    if (card.due > now + CLOCK_SKEW_MS) return { field: 'due', message: 'is in the future, but the card was never reviewed' };
    return undefined;
  }
  if (card.lastReview > now + CLOCK_SKEW_MS) return { field: 'lastReview', message: `is in the future (${iso(card.lastReview)}; this computer's clock says ${iso(now)})` };
  if (card.due < card.lastReview) return { field: 'due', message: 'is before the card\'s last review' };
  if (card.due - card.lastReview > MAX_INTERVAL_MS + INTERVAL_SLACK_MS) return { field: 'due', message: 'is more than 100 years after the card\'s last review' };
  if (card.scheduledDays * DAY > MAX_INTERVAL_MS + INTERVAL_SLACK_MS) return { field: 'scheduledDays', message: 'is more than 100 years' };
  return undefined;
}

const key = v.pipe(v.string(), v.minLength(1), v.maxLength(300));

/**
 * The learner settings a backup may carry, each with the values it may take.
 * Anything else is refused on import and left out of a backup, so a backup
 * the app writes is always one it can read. Add a setting here when adding
 * it to the app.
 */
export const SETTINGS = {
  theme: v.picklist(['system', 'light', 'dark']),
  motion: v.picklist(['system', 'reduce', 'full']),
  retention: v.pipe(v.number(), v.minValue(RETENTION.min), v.maxValue(RETENTION.max)),
  lastPack: key,
  lastMode: v.picklist(['explore', 'lab', 'quiz', 'progress', 'library']),
  hintDismissed: v.boolean(),
} satisfies Record<string, v.GenericSchema>;

export type SettingKey = keyof typeof SETTINGS;
export const isSettingKey = (k: string): k is SettingKey => Object.hasOwn(SETTINGS, k);

/** A problem with one setting row, or undefined when it is a known key with an allowed value. */
export function settingProblem(s: { key: string; value: unknown }): string | undefined {
  if (!isSettingKey(s.key)) return `"${s.key}" is not a setting of Pathway Explorer (known: ${Object.keys(SETTINGS).join(', ')})`;
  if (!v.is(SETTINGS[s.key], s.value)) return `${JSON.stringify(s.value)} is not an allowed value for ${s.key}`;
  return undefined;
}
