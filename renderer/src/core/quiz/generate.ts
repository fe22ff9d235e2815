import type { PackIndex } from '../graph/pack-index.ts';
import type { Question } from './question.ts';
import { directionQuestions, orderQuestions, pairQuestions } from './graph-questions.ts';
import { compartmentQuestions, locateQuestions } from './place-questions.ts';
import { abbreviationQuestions, blockerQuestions, captionQuestions, geneQuestions, handQuestions } from './fact-questions.ts';
import { rng } from './random.ts';
import { chainOrderQuestions } from './chain-order.ts';
import { pathwayDirectionQuestions } from './pathway-direction.ts';
import { pathwayGeneQuestions } from './pathway-genes.ts';

/**
 * Every question the pack supports, each keyed by its knowledge component.
 * A pathway imported from a database (provenance.database) has no
 * hand-written content, so it gets the families that need none: order along
 * the derived lesson, what acts on what, gene symbols and locate.
 */
export function packQuestions(index: PackIndex, seed = 1): Question[] {
  const random = rng(seed);
  if (index.pack.provenance.database) {
    return [
      ...chainOrderQuestions(index, random),
      ...pathwayDirectionQuestions(index, random),
      ...pathwayGeneQuestions(index, random),
      ...locateQuestions(index),
    ];
  }
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
