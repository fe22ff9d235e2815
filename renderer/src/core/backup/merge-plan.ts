import { inconsistentSchedule } from './backup-rules.ts';
import type { BackupCard, BackupFile, BackupPosition, BackupReview } from './progress-backup.ts';

export const reviewKey = (r: Pick<BackupReview, 'cardId' | 'reviewedAt'>) => `${r.cardId}@${r.reviewedAt}`;

/**
 * Whether an incoming card's schedule may replace the stored one: only a
 * consistent schedule from a strictly later review. An equal review time keeps
 * what is stored; a card never reviewed never replaces one that was.
 */
export function replacesSchedule(incoming: BackupCard, stored: BackupCard | undefined, now: number): boolean {
  if (inconsistentSchedule(incoming, now)) return false;
  if (!stored) return true;
  if (incoming.lastReview === undefined) return false;
  return stored.lastReview === undefined || incoming.lastReview > stored.lastReview;
}

/** What an import adds or replaces: later consistent card states and positions win; reviews are unioned; stored settings are kept. */
export function mergePlan(
  incoming: BackupFile,
  existing: { cards: BackupCard[]; reviews: Pick<BackupReview, 'cardId' | 'reviewedAt'>[]; positions: BackupPosition[]; settingKeys: string[] },
  now = Date.now(),
): { cards: BackupCard[]; reviews: BackupReview[]; positions: BackupPosition[]; settings: BackupFile['settings'] } {
  const cards = new Map(existing.cards.map((c) => [c.id, c]));
  const reviewKeys = new Set(existing.reviews.map(reviewKey));
  const positions = new Map(existing.positions.map((p) => [p.packId, p]));
  const settingKeys = new Set(existing.settingKeys);
  return {
    cards: incoming.cards.filter((c) => replacesSchedule(c, cards.get(c.id), now)),
    reviews: incoming.reviews.filter((r) => !reviewKeys.has(reviewKey(r))),
    positions: incoming.positions.filter((p) => (positions.get(p.packId)?.updatedAt ?? -1) < p.updatedAt),
    settings: incoming.settings.filter((s) => !settingKeys.has(s.key)),
  };
}

/**
 * Whether `current` (the database, as a backup) holds progress that `backup`
 * lacks: an answer it has not seen, a later card state or position, or a
 * setting it does not have. The reverse (the backup holding more, after the
 * learner deleted some progress) is not a reason to write.
 */
export function holdsMoreThan(current: BackupFile, backup: BackupFile): boolean {
  const known = new Set(backup.reviews.map(reviewKey));
  if (current.reviews.some((r) => !known.has(reviewKey(r)))) return true;
  const cards = new Map(backup.cards.map((c) => [c.id, c]));
  if (current.cards.some((c) => (c.lastReview ?? -1) > (cards.get(c.id)?.lastReview ?? -2))) return true;
  const positions = new Map(backup.positions.map((p) => [p.packId, p]));
  if (current.positions.some((p) => p.updatedAt > (positions.get(p.packId)?.updatedAt ?? -1))) return true;
  const settings = new Map(backup.settings.map((s) => [s.key, s.value]));
  return current.settings.some((s) => settings.get(s.key) !== s.value);
}
