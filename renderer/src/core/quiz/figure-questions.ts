import type { FigureRecord } from '../pfocr/figure-record.ts';
import type { Question } from './question.ts';
import { clozeItems, captionSentences } from './cloze.ts';

const mentions = (text: string, keyword: string) => new RegExp(`(?<![\\p{L}\\p{N}])${keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(text);

/**
 * What a figure record alone supports, without a curated pathway: gaps in its
 * caption over its own keywords, and a flashcard per keyword whose back is
 * where the caption mentions it.
 */
export function figureQuestions(record: FigureRecord, random: () => number): Question[] {
  const inCaption = record.keywords.filter((k) => mentions(record.caption, k));
  const cloze: Question[] = clozeItems(record.caption, inCaption, random).map((c) => ({
    kind: 'choice', family: 'cloze', kc: `cloze:${c.sentence}`, prompt: `Fill the gap in the figure caption: “${c.text}”`,
    choices: c.choices, answer: c.answer, nodes: [], explanation: `The caption reads “${c.answer}” here.`,
  }));
  const sentences = captionSentences(record.caption);
  const cards: Question[] = record.keywords.map((k) => {
    const context = sentences.find((s) => mentions(s, k));
    return {
      kind: 'flashcard', family: 'keyword', kc: `keyword:${k}`,
      prompt: `What does the figure “${record.title ?? record.id}” say about ${k}?`,
      back: context ? `The caption: “${context}”` : `${k} is listed by PFOCR for this figure but the caption does not name it (it may come from text inside the image, or be annotation noise).`,
      nodes: [], explanation: 'Rate how well you recalled it.',
    };
  });
  return [...cloze, ...cards];
}
