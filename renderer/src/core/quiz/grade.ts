import type { Rating } from '../srs/card.ts';
import type { Question } from './question.ts';

export type Answer =
  | { kind: 'choice'; choice: string }
  | { kind: 'multi'; choices: string[] }
  | { kind: 'order'; order: string[] }
  | { kind: 'match'; pairs: Record<string, string> }
  | { kind: 'locate'; node: string }
  | { kind: 'flashcard' };

export interface Grade {
  /** undefined for self-graded flashcards. */
  correct?: boolean;
  /** 0–1, partial credit for nearly right orders, matches and multi-selects. */
  score: number;
  /** The FSRS rating to suggest. */
  suggested: Rating;
}

/** Fraction of pairs of items that are in the right relative order. */
export function pairwiseOrderScore(given: readonly string[], answer: readonly string[]): number {
  const pos = new Map(given.map((id, i) => [id, i]));
  let agree = 0;
  let total = 0;
  for (let i = 0; i < answer.length; i++) {
    for (let j = i + 1; j < answer.length; j++) {
      total++;
      if ((pos.get(answer[i]!) ?? -1) < (pos.get(answer[j]!) ?? -1)) agree++;
    }
  }
  return total ? agree / total : 1;
}

const fromScore = (score: number): Grade => ({ correct: score === 1, score, suggested: score === 1 ? 3 : score >= 0.75 ? 2 : 1 });

export function gradeAnswer(q: Question, a: Answer): Grade {
  switch (q.kind) {
    case 'choice':
      return fromScore(a.kind === 'choice' && a.choice === q.answer ? 1 : 0);
    case 'locate':
      return fromScore(a.kind === 'locate' && a.node === q.node ? 1 : 0);
    case 'multi': {
      const chosen = new Set(a.kind === 'multi' ? a.choices : []);
      const right = q.choices.filter((c) => chosen.has(c.id) === q.answers.includes(c.id)).length;
      return fromScore(right / q.choices.length);
    }
    case 'order':
      return fromScore(a.kind === 'order' && a.order.length === q.answer.length ? pairwiseOrderScore(a.order, q.answer) : 0);
    case 'match': {
      const pairs = a.kind === 'match' ? a.pairs : {};
      const keys = Object.keys(q.answer);
      return fromScore(keys.filter((k) => pairs[k] === q.answer[k]).length / keys.length);
    }
    case 'flashcard':
      return { score: 1, suggested: 3 };
  }
}

/**
 * Partial credit in words, so a partly right answer says what was right:
 * "2 of 4 in place" (with the pairs in the right order, which the score
 * counts), "3 of 4 pairs right", "4 of 6 right". Undefined when the
 * question has no parts or the answer is wholly right.
 */
export function creditWords(q: Question, a: Answer): string | undefined {
  switch (q.kind) {
    case 'order': {
      const given = a.kind === 'order' && a.order.length === q.answer.length ? a.order : undefined;
      const n = q.answer.length;
      const inPlace = given ? q.answer.filter((id, i) => given[i] === id).length : 0;
      if (inPlace === n) return undefined;
      const pairs = (n * (n - 1)) / 2;
      const agree = given ? Math.round(pairwiseOrderScore(given, q.answer) * pairs) : 0;
      return `${inPlace} of ${n} in place${agree ? `, ${agree} of ${pairs} pairs in the right order` : ''}`;
    }
    case 'match': {
      const pairs = a.kind === 'match' ? a.pairs : {};
      const keys = Object.keys(q.answer);
      const right = keys.filter((k) => pairs[k] === q.answer[k]).length;
      return right === keys.length ? undefined : `${right} of ${keys.length} pairs right`;
    }
    case 'multi': {
      const chosen = new Set(a.kind === 'multi' ? a.choices : []);
      const right = q.choices.filter((c) => chosen.has(c.id) === q.answers.includes(c.id)).length;
      return right === q.choices.length ? undefined : `${right} of ${q.choices.length} right`;
    }
    default:
      return undefined;
  }
}
