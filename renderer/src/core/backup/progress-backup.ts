import * as v from 'valibot';
import { joinPath, type Checked } from '../util/problem.ts';
import { parseJsonSafely } from '../util/safe-json.ts';

/**
 * The learner's progress as a file: positions, cards, review logs and
 * settings. Content (packs, figures) is not included: it is re-imported from
 * its own files. Importing merges, so nothing already stored is lost.
 */
export const BACKUP_FORMAT = 'pathway-explorer-progress';
export const BACKUP_VERSION = 1;
export const BACKUP_LIMITS = { maxChars: 50_000_000, maxDepth: 8 };

const key = v.pipe(v.string(), v.minLength(1), v.maxLength(300));
/** Learner settings; internal rows (starting with "_") are not part of a backup. */
const SETTING_KEY = /^[A-Za-z][\w-]{0,40}$/;
const time = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(8.64e15));
const num = v.pipe(v.number(), v.finite());

const CardState = {
  due: time,
  stability: num,
  difficulty: num,
  elapsedDays: num,
  scheduledDays: num,
  learningSteps: num,
  reps: v.pipe(v.number(), v.integer(), v.minValue(0)),
  lapses: v.pipe(v.number(), v.integer(), v.minValue(0)),
  state: v.picklist([0, 1, 2, 3]),
  lastReview: v.optional(time),
};

export const BackupFile = v.strictObject({
  format: v.literal(BACKUP_FORMAT, `must be "${BACKUP_FORMAT}"`),
  version: v.literal(BACKUP_VERSION, `must be ${BACKUP_VERSION}`),
  exportedAt: v.string(),
  app: v.optional(v.string()),
  positions: v.array(v.strictObject({ packId: key, stepId: v.optional(key), detail: v.picklist(['basic', 'advanced']), updatedAt: time })),
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
      scheduledDays: num,
    })),
    v.maxLength(2_000_000),
  ),
  settings: v.array(v.strictObject({ key: v.pipe(v.string(), v.regex(SETTING_KEY)), value: v.union([v.string(), v.number(), v.boolean(), v.null()]) })),
});
export type BackupFile = v.InferOutput<typeof BackupFile>;

export function parseBackup(text: string): Checked<BackupFile> {
  const json = parseJsonSafely(text, BACKUP_LIMITS);
  if (!json.ok) return json;
  const r = v.safeParse(BackupFile, json.value, { abortPipeEarly: true });
  if (!r.success) {
    return {
      ok: false,
      problems: r.issues.slice(0, 20).map((i) => ({ path: joinPath((i.path ?? []).map((p) => p.key as string | number)), message: i.message })),
    };
  }
  // Cards must belong to the pack their id names.
  const bad = r.output.cards.findIndex((c) => c.id !== `${c.packId}|${c.kc}`);
  if (bad >= 0) return { ok: false, problems: [{ path: `cards[${bad}].id`, message: 'does not match its packId and kc' }] };
  return { ok: true, value: r.output };
}

/** A backup file from raw table rows (review ids dropped: they are re-numbered on import). */
export function makeBackup(
  rows: { positions: unknown[]; cards: unknown[]; reviews: { id?: number }[]; settings: { key: string; value: unknown }[] },
  app: string,
): BackupFile {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date().toISOString(),
    app,
    positions: rows.positions as BackupFile['positions'],
    cards: rows.cards as BackupFile['cards'],
    reviews: rows.reviews.map(({ id: _id, ...r }) => r) as BackupFile['reviews'],
    settings: rows.settings.filter((s) => SETTING_KEY.test(s.key) && (s.value === null || ['string', 'number', 'boolean'].includes(typeof s.value))) as BackupFile['settings'],
  };
}

type Card = BackupFile['cards'][number];
type Review = BackupFile['reviews'][number];
type Position = BackupFile['positions'][number];

/** What an import adds or replaces: newer card states and positions win; reviews are unioned. */
export function mergePlan(
  incoming: BackupFile,
  existing: { cards: Card[]; reviews: Pick<Review, 'cardId' | 'reviewedAt'>[]; positions: Position[]; settingKeys: string[] },
): { cards: Card[]; reviews: Review[]; positions: Position[]; settings: BackupFile['settings'] } {
  const cards = new Map(existing.cards.map((c) => [c.id, c]));
  const reviewKeys = new Set(existing.reviews.map((r) => `${r.cardId}@${r.reviewedAt}`));
  const positions = new Map(existing.positions.map((p) => [p.packId, p]));
  const settingKeys = new Set(existing.settingKeys);
  return {
    cards: incoming.cards.filter((c) => (cards.get(c.id)?.lastReview ?? -1) < (c.lastReview ?? 0)),
    reviews: incoming.reviews.filter((r) => !reviewKeys.has(`${r.cardId}@${r.reviewedAt}`)),
    positions: incoming.positions.filter((p) => (positions.get(p.packId)?.updatedAt ?? -1) < p.updatedAt),
    settings: incoming.settings.filter((s) => !settingKeys.has(s.key)),
  };
}
