import type { PackIndex } from '../graph/pack-index.ts';
import type { Question } from './question.ts';
import { directionQuestions, orderQuestions, pairQuestions } from './graph-questions.ts';
import { compartmentQuestions, locateQuestions } from './place-questions.ts';
import { abbreviationQuestions, blockerQuestions, captionQuestions, geneQuestions, handQuestions } from './fact-questions.ts';
import { rng } from './random.ts';

/** Every question the pack supports, each keyed by its knowledge component. */
export function packQuestions(index: PackIndex, seed = 1): Question[] {
  const random = rng(seed);
  return [
    ...orderQuestions(index, random),
    ...directionQuestions(index, random),
    ...pairQuestions(index, random),
    ...compartmentQuestions(index, random),
    ...geneQuestions(index, random),
    ...blockerQuestions(index, random),
    ...locateQuestions(index),
    ...abbreviationQuestions(index, random),
    ...captionQuestions(index, random),
    ...handQuestions(index),
  ];
}
