import * as v from 'valibot';
import { joinPath, refuse, type Checked, type Problem } from '../util/problem.ts';
import { parseJsonSafely } from '../util/safe-json.ts';
import { inconsistentSchedule, notInFuture, settingProblem, MAX_INTERVAL_MS } from './backup-rules.ts';
import { cardId } from '../srs/deck-ids.ts';

/**
 * The learner's progress as a file: positions, cards, review logs and
 * settings. Content (packs, figures) is not included: it is re-imported from
 * its own files. Importing merges, so nothing already stored is lost.
 */
export const BACKUP_FORMAT = 'pathway-explorer-progress';
export const BACKUP_VERSION = 1;
export const BACKUP_LIMITS = { maxChars: 50_000_000, maxDepth: 8 };

const key = v.pipe(v.string(), v.minLength(1), v.maxLength(300));
const time = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(8.64e15));
const num = v.pipe(v.number(), v.finite());

const CardState = {
  due: time,
  stability: v.pipe(num, v.minValue(0)),
  difficulty: v.pipe(num, v.minValue(0), v.maxValue(10)),
  elapsedDays: v.pipe(num, v.minValue(0)),
  scheduledDays: v.pipe(num, v.minValue(0)),
  learningSteps: v.pipe(num, v.minValue(0)),
  reps: v.pipe(v.number(), v.integer(), v.minValue(0)),
  lapses: v.pipe(v.number(), v.integer(), v.minValue(0)),
  state: v.picklist([0, 1, 2, 3]),
  lastReview: v.optional(time),
};

export const BackupFile = v.strictObject({
  format: v.literal(BACKUP_FORMAT, `must be "${BACKUP_FORMAT}"`),
  version: v.literal(BACKUP_VERSION, `must be ${BACKUP_VERSION}`),
  exportedAt: v.pipe(v.string(), v.maxLength(40), v.check((s) => Number.isFinite(Date.parse(s)), 'must be a date and time (ISO 8601)')),
  app: v.optional(v.pipe(v.string(), v.maxLength(100))),
  positions: v.array(v.strictObject({ packId: key, stepId: v.optional(key), detail: v.picklist(['basic', 'advanced']), start: v.optional(key), updatedAt: time })),
  cards: v.array(v.strictObject({ id: key, packId: key, kc: key, ...CardState })),
  reviews: v.pipe(
    v.array(v.strictObject({
      cardId: key,
      packId: key,
      rating: v.picklist([1, 2, 3, 4]),
      reviewedAt: time,
      durationMs: v.pipe(num, v.minValue(0)),
      correct: v.optional(v.boolean()),
      questionKind: v.optional(v.pipe(v.string(), v.maxLength(40))),
      stateBefore: v.picklist([0, 1, 2, 3]),
      dueBefore: time,
      scheduledDays: v.pipe(num, v.minValue(0)),
    })),
    v.maxLength(2_000_000),
  ),
  settings: v.array(v.strictObject({ key: v.pipe(v.string(), v.maxLength(60)), value: v.union([v.string(), v.number(), v.boolean(), v.null()]) })),
});
export type BackupFile = v.InferOutput<typeof BackupFile>;
export type BackupCard = BackupFile['cards'][number];
export type BackupReview = BackupFile['reviews'][number];
export type BackupPosition = BackupFile['positions'][number];
export type BackupSetting = BackupFile['settings'][number];

const NEWER = 'was made by a newer version of Pathway Explorer';
/** True when a parse failed only because the file comes from a newer version of the app. */
export const isFromNewerVersion = (problems: readonly Problem[]) => problems.some((p) => p.message.includes(NEWER));

/** Everything that is well-typed but cannot be true, at most `limit` problems. */
function believable(file: BackupFile, now: number, limit = 20): Problem[] {
  const out: Problem[] = [];
  notInFuture('exportedAt', Date.parse(file.exportedAt), now, out);
  file.positions.forEach((p, i) => notInFuture(`positions[${i}].updatedAt`, p.updatedAt, now, out));
  for (let i = 0; i < file.cards.length && out.length < limit; i++) {
    const c = file.cards[i]!;
    if (c.id !== cardId(c.packId, c.kc)) out.push({ path: `cards[${i}].id`, message: 'does not match its packId and kc' });
    const bad = inconsistentSchedule(c, now);
    if (bad) out.push({ path: `cards[${i}].${bad.field}`, message: bad.message });
  }
  for (let i = 0; i < file.reviews.length && out.length < limit; i++) {
    const r = file.reviews[i]!;
    notInFuture(`reviews[${i}].reviewedAt`, r.reviewedAt, now, out);
    if (r.dueBefore > r.reviewedAt + MAX_INTERVAL_MS * 1.01) out.push({ path: `reviews[${i}].dueBefore`, message: 'is more than 100 years after the review' });
  }
  file.settings.forEach((s, i) => {
    const problem = settingProblem(s);
    if (problem) out.push({ path: `settings[${i}]`, message: problem });
  });
  return out.slice(0, limit);
}

/**
 * Reads a progress file, refusing anything the app would not have written:
 * wrong types, unknown fields or settings, times in the future, schedules
 * that cannot follow from their last review, and files from a newer version.
 */
export function parseBackup(text: string, now = Date.now()): Checked<BackupFile> {
  const json = parseJsonSafely(text, BACKUP_LIMITS);
  if (!json.ok) return json;
  const raw = json.value as { format?: unknown; version?: unknown } | null;
  if (raw && typeof raw === 'object' && raw.format === BACKUP_FORMAT && typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version > BACKUP_VERSION) {
    return refuse('version', `this file ${NEWER} (progress format ${raw.version}; this version reads format ${BACKUP_VERSION}). Update the app to import it.`);
  }
  const r = v.safeParse(BackupFile, json.value, { abortPipeEarly: true });
  if (!r.success) {
    return {
      ok: false,
      problems: r.issues.slice(0, 20).map((i) => ({ path: joinPath((i.path ?? []).map((p) => p.key as string | number)), message: i.message })),
    };
  }
  const problems = believable(r.output, now);
  return problems.length ? { ok: false, problems } : { ok: true, value: r.output };
}

/** A backup file from raw table rows (review ids dropped: they are re-numbered on import). */
export function makeBackup(
  rows: { positions: unknown[]; cards: unknown[]; reviews: { id?: number }[]; settings: { key: string; value: unknown }[] },
  app: string,
  now = Date.now(),
): BackupFile {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    app,
    positions: rows.positions as BackupFile['positions'],
    cards: rows.cards as BackupFile['cards'],
    reviews: rows.reviews.map(({ id: _id, ...r }) => r) as BackupFile['reviews'],
    // Internal rows ("_…") and anything the importer would refuse stay out, so a backup always reads back.
    settings: rows.settings.filter((s) => !settingProblem(s)) as BackupFile['settings'],
  };
}
