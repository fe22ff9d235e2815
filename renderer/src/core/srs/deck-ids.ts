/**
 * Ids of decks and cards, built in one place. A deck is the question set of a
 * pack (its id is the pack's id) or of a figure record studied on its own; a
 * card is one knowledge component of a deck. (Stored rows and progress files
 * keep the field name `packId` for the deck id, as version 1 wrote it.)
 */
const FIGURE = 'figure:';

export const cardId = (deckId: string, kc: string): string => `${deckId}|${kc}`;
export const packDeckId = (packId: string): string => packId;
export const figureDeckId = (recordId: string): string => `${FIGURE}${recordId}`;
export const isFigureDeck = (deckId: string): boolean => deckId.startsWith(FIGURE);
