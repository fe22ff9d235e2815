import { describe, expect, it } from 'vitest';
import type { Question } from './question.ts';
import { creditWords, gradeAnswer, type Answer } from './grade.ts';

const base = { prompt: 'p', nodes: [], explanation: 'e' };
const items = ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id.toUpperCase() }));
const order: Question = { ...base, kc: 'o', kind: 'order', family: 'order', items, answer: ['a', 'b', 'c', 'd'] };
const match: Question = { ...base, kc: 'm', kind: 'match', family: 'pairs', left: items, right: items, answer: { a: 'a', b: 'b', c: 'c', d: 'd' } };
const choices = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, label: id }));
const multi: Question = { ...base, kc: 'x', kind: 'multi', family: 'blocker', choices, answers: ['a', 'b'] };
const choice: Question = { ...base, kc: 'c', kind: 'choice', family: 'gene', choices, answer: 'a' };

describe('partial credit explains itself', () => {
  it.each<[string, Question, Answer, string | undefined]>([
    ['order, one adjacent swap', order, { kind: 'order', order: ['a', 'b', 'd', 'c'] }, '2 of 4 in place, 5 of 6 pairs in the right order'],
    ['order, rotated: none in place but half the pairs right', order, { kind: 'order', order: ['b', 'c', 'd', 'a'] }, '0 of 4 in place, 3 of 6 pairs in the right order'],
    ['order, reversed', order, { kind: 'order', order: ['d', 'c', 'b', 'a'] }, '0 of 4 in place'],
    ['order, right', order, { kind: 'order', order: ['a', 'b', 'c', 'd'] }, undefined],
    ['match, one pair wrong', match, { kind: 'match', pairs: { a: 'a', b: 'b', c: 'd', d: 'd' } }, '3 of 4 pairs right'],
    ['match, right', match, { kind: 'match', pairs: { a: 'a', b: 'b', c: 'c', d: 'd' } }, undefined],
    ['multi, one missed and one extra', multi, { kind: 'multi', choices: ['a', 'c'] }, '4 of 6 right'],
    ['multi, nothing ticked', multi, { kind: 'multi', choices: [] }, '4 of 6 right'],
    ['multi, right', multi, { kind: 'multi', choices: ['b', 'a'] }, undefined],
    ['single choice has no parts', choice, { kind: 'choice', choice: 'b' }, undefined],
  ])('%s: %s', (_, q, a, words) => {
    expect(creditWords(q, a)).toBe(words);
  });

  it('agrees with the grade: words only when the answer is not wholly right', () => {
    for (const [q, a] of [[order, { kind: 'order', order: ['a', 'b', 'd', 'c'] }], [match, { kind: 'match', pairs: { a: 'b' } }], [multi, { kind: 'multi', choices: ['a'] }]] as [Question, Answer][]) {
      expect(gradeAnswer(q, a).correct).toBe(false);
      expect(creditWords(q, a)).toBeDefined();
    }
  });
});
