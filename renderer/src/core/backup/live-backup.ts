import { reviewKey } from './merge-plan.ts';
import type { BackupCard, BackupFile, BackupPosition, BackupReview } from './progress-backup.ts';
import { settingProblem } from './backup-rules.ts';

/**
 * The backup document kept in memory and updated with each stored change, so
 * writing it is one synchronous serialisation: fast enough to run in a
 * `pagehide` handler, where nothing asynchronous is sure to finish.
 * Every update is idempotent (the same answer twice is stored once).
 */
export class LiveBackup {
  private readonly cardAt = new Map<string, number>();
  private readonly reviewKeys = new Set<string>();
  private readonly positionAt = new Map<string, number>();

  constructor(private readonly doc: BackupFile) {
    doc.cards.forEach((c, i) => this.cardAt.set(c.id, i));
    for (const r of doc.reviews) this.reviewKeys.add(reviewKey(r));
    doc.positions.forEach((p, i) => this.positionAt.set(p.packId, i));
  }

  get file(): Readonly<BackupFile> {
    return this.doc;
  }

  /** One stored answer: the card's new state and its log. Returns whether anything changed. */
  recordAnswer(card: BackupCard, review: BackupReview): boolean {
    const k = reviewKey(review);
    const i = this.cardAt.get(card.id);
    const cardChanged = i === undefined || (this.doc.cards[i]!.lastReview ?? -1) < (card.lastReview ?? -1);
    if (i === undefined) this.cardAt.set(card.id, this.doc.cards.push(plain(card)) - 1);
    else if (cardChanged) this.doc.cards[i] = plain(card);
    if (this.reviewKeys.has(k)) return cardChanged;
    this.reviewKeys.add(k);
    this.doc.reviews.push(plain(review));
    return true;
  }

  /** Where the learner is in a pack (later positions win). */
  setPosition(position: BackupPosition): boolean {
    const i = this.positionAt.get(position.packId);
    if (i === undefined) {
      this.positionAt.set(position.packId, this.doc.positions.push(plain(position)) - 1);
      return true;
    }
    const old = this.doc.positions[i]!;
    if (old.updatedAt > position.updatedAt || (old.stepId === position.stepId && old.detail === position.detail && old.start === position.start)) return false;
    this.doc.positions[i] = plain(position);
    return true;
  }

  /** A learner setting (unknown keys and values are left out, as in every backup). */
  setSetting(key: string, value: unknown): boolean {
    if (settingProblem({ key, value })) return false;
    const row = this.doc.settings.find((s) => s.key === key);
    if (row?.value === value) return false;
    if (row) row.value = value as never;
    else this.doc.settings.push({ key, value: value as never });
    return true;
  }

  /** The file as text, stamped with the time it was written. */
  serialize(now = Date.now(), app?: string): string {
    this.doc.exportedAt = new Date(now).toISOString();
    if (app) this.doc.app = app;
    return JSON.stringify(this.doc);
  }
}

/** A copy without undefined fields or extra keys (the store may hand us its own objects). */
function plain<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    // Review rows carry the store's numeric key; a backup re-numbers them on import.
    if (v === undefined || (k === 'id' && typeof v === 'number')) continue;
    out[k] = v;
  }
  return out as T;
}
