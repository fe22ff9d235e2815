import Dexie from 'dexie';
import type { PathwayDb, StoredCard, StoredReview } from './db.ts';
import type { CardState, ReviewLog } from '../core/srs/card.ts';

export const cardKey = (packId: string, kc: string) => `${packId}|${kc}`;

export async function packCards(db: PathwayDb, packId: string): Promise<StoredCard[]> {
  return db.cards.where('packId').equals(packId).toArray();
}

/** The due queue: cards of a pack due now, most overdue first (the [packId+due] index), at most `limit`. */
export async function dueCards(db: PathwayDb, packId: string, now: number, limit = Infinity): Promise<StoredCard[]> {
  return db.cards.where('[packId+due]').between([packId, Dexie.minKey], [packId, now], true, true).limit(limit).toArray();
}

export const countCards = (db: PathwayDb, packId: string): Promise<number> => db.cards.where('packId').equals(packId).count();

export async function countDue(db: PathwayDb, packId: string, now: number): Promise<number> {
  return db.cards.where('[packId+due]').between([packId, Dexie.minKey], [packId, now], true, true).count();
}

/**
 * The card's new state and the answer's log go in one transaction: after a
 * crash or reload either both are stored or neither.
 */
export async function recordReview(db: PathwayDb, packId: string, kc: string, card: CardState, log: ReviewLog): Promise<void> {
  const id = cardKey(packId, kc);
  await db.transaction('rw', db.cards, db.reviews, async () => {
    await db.cards.put({ ...card, id, packId, kc });
    await db.reviews.add({ ...log, cardId: id, packId } satisfies StoredReview);
  });
}

export const packReviews = (db: PathwayDb, packId: string): Promise<StoredReview[]> => db.reviews.where('packId').equals(packId).toArray();
