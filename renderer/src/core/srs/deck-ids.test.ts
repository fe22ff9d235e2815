import { describe, expect, it } from 'vitest';
import { cardId, figureDeckId, isFigureDeck, packDeckId } from './deck-ids.ts';

describe('deck and card ids', () => {
  it('names a card by its deck and knowledge component', () => {
    expect(cardId('ketamine-deyama2019', 'edge:e09')).toBe('ketamine-deyama2019|edge:e09');
  });
  it('tells a figure-record deck from a pack deck', () => {
    expect(figureDeckId('PMC1__f1')).toBe('figure:PMC1__f1');
    expect(isFigureDeck(figureDeckId('PMC1__f1'))).toBe(true);
    expect(isFigureDeck(packDeckId('ketamine-deyama2019'))).toBe(false);
  });
});
