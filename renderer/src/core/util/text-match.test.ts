import { describe, expect, it } from 'vitest';
import { containsWord, matchesQuery, wordPattern, wordsOf } from './text-match.ts';

describe('matching words', () => {
  it.each([
    ['Ca²⁺ entry', 'Ca', false],
    ['a rise in Ca²⁺', 'Ca²⁺', true],
    ['the glutamate burst', 'glutamate', true],
    ['glutamatergic', 'glutamate', false],
    ['PI3K/Akt/mTORC1', 'Akt', true],
    ['(x.y)', 'x.y', true],
  ])('"%s" contains the word "%s": %s', (text, word, expected) => expect(containsWord(text, word)).toBe(expected));

  it('treats a joiner as part of a word when asked', () => {
    expect(containsWord('GABA-A receptor', 'GABA')).toBe(true);
    expect(containsWord('GABA-A receptor', 'GABA', { joiners: '-' })).toBe(false);
  });

  it('matches any of several terms, and honours flags', () => {
    expect('Akt and PI3K'.replace(wordPattern(['PI3K', 'Akt'], { flags: 'g' }), '_')).toBe('_ and _');
    expect(containsWord('BDNF', 'bdnf', { flags: 'i' })).toBe(true);
  });

  it('splits text into lower-case search words', () => {
    expect(wordsOf('Anti-VEGF antibody (mPFC)')).toEqual(['anti-vegf', 'antibody', 'mpfc']);
  });

  it.each([
    ['', true],
    ['nbq', true],
    ['ampa ant', true],
    ['rapamycin', false],
  ])('query "%s" finds NBQX (AMPA-receptor antagonist): %s', (query, expected) => {
    expect(matchesQuery(query, 'NBQX', 'AMPA-receptor antagonist, systemic pretreatment')).toBe(expected);
  });
});
