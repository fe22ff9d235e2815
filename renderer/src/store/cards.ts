import Dexie from 'dexie';
import type { PathwayDb, StoredCard, StoredReview } from './db.ts';
import type { CardState, ReviewLog } from '../core/srs/card.ts';
import { cardId } from '../core/srs/deck-ids.ts';

// Stored rows name the deck `packId` (version 1 of the format); here it is the deck id.

export const deckCards = (db: PathwayDb, deckId: string): Promise<StoredCard[]> => db.cards.where('packId').equals(deckId).toArray();

export const deckReviews = (db: PathwayDb, deckId: string): Promise<StoredReview[]> => db.reviews.where('packId').equals(deckId).toArray();

export const countReviews = (db: PathwayDb, deckId: string): Promise<number> => db.reviews.where('packId').equals(deckId).count();

/** The review queue: cards of a deck due now, most overdue first (the [packId+due] index), at most `limit`. */
export function dueCards(db: PathwayDb, deckId: string, now: number, limit = Infinity): Promise<StoredCard[]> {
  return db.cards.where('[packId+due]').between([deckId, Dexie.minKey], [deckId, now], true, true).limit(limit).toArray();
}

export const countCards = (db: PathwayDb, deckId: string): Promise<number> => db.cards.where('packId').equals(deckId).count();

export function countDue(db: PathwayDb, deckId: string, now: number): Promise<number> {
  return db.cards.where('[packId+due]').between([deckId, Dexie.minKey], [deckId, now], true, true).count();
}

/**
 * The card's new state and the answer's log go in one transaction: after a
 * crash or reload either both are stored or neither. Returns the rows stored.
 */
export async function recordReview(db: PathwayDb, deckId: string, kc: string, card: CardState, log: ReviewLog): Promise<{ card: StoredCard; review: StoredReview }> {
  const id = cardId(deckId, kc);
  const stored = { card: { ...card, id, packId: deckId, kc }, review: { ...log, cardId: id, packId: deckId } satisfies StoredReview };
  await db.transaction('rw', db.cards, db.reviews, async () => {
    await db.cards.put(stored.card);
    await db.reviews.add({ ...stored.review });
  });
  return stored;
}
