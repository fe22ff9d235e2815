import type { FigureRecord } from '../pfocr/figure-record.ts';
import { cleanCaption } from '../pack/clean-caption.ts';
import { containsWord } from '../graph/relations.ts';
import type { Question } from './question.ts';
import { clozeItems, captionSentences } from './cloze.ts';
import { namesFor } from './gene-aliases.ts';

export interface KeywordMention {
  sentence: string;
  /** The word the caption uses, when it is not the keyword itself. */
  via?: { name: string; kind: 'alias' | 'family' };
}

/** Where the caption names a keyword: by the keyword itself, or by a common alias or family name. */
export function keywordMention(sentences: readonly string[], keyword: string): KeywordMention | undefined {
  const direct = sentences.find((s) => containsWord(s, keyword, { flags: 'iu' }));
  if (direct) return { sentence: direct };
  for (const n of namesFor(keyword)) {
    const sentence = sentences.find((s) => containsWord(s, n.name, { flags: 'iu' }));
    if (sentence) return { sentence, via: { name: n.name, kind: n.kind } };
  }
  return undefined;
}

/**
 * What a figure record alone supports, without a curated pathway: gaps in its
 * caption over the keywords it names, and a flashcard per keyword the caption
 * names (directly, or by an alias or family name). A keyword the caption does
 * not name is not asked about: the app cannot be sure it is absent under
 * another name, and a card without an answer teaches nothing. Terms that
 * appear in the figure's title are never the gap, since the title is on screen.
 */
export function figureQuestions(record: FigureRecord, random: () => number): Question[] {
  const caption = cleanCaption(record.caption);
  const title = record.title ?? record.id;
  const sentences = captionSentences(caption);
  const named = record.keywords.filter((k) => containsWord(caption, k, 'iu') && !containsWord(title, k, 'iu'));
  const cloze: Question[] = clozeItems(caption, named, random).map((c) => ({
    kind: 'choice', family: 'cloze', kc: `cloze:${c.sentence}`, prompt: `Fill the gap in the figure caption: “${c.text}”`,
    choices: c.choices, answer: c.answer, nodes: [], explanation: `The caption reads “${c.answer}” here.`,
  }));
  const cards = record.keywords.flatMap((k): Question[] => {
    const mention = keywordMention(sentences, k);
    if (!mention) return [];
    const how = !mention.via ? '' : mention.via.kind === 'alias' ? ` It calls ${k} “${mention.via.name}”.` : ` It names the family “${mention.via.name}”, to which ${k} belongs, not ${k} itself.`;
    return [{
      kind: 'flashcard', family: 'keyword', kc: `keyword:${k}`,
      prompt: `What does the figure “${title}” say about ${k}?`,
      back: `The caption: “${mention.sentence}”${how}`,
      nodes: [], explanation: 'Rate how well you recalled it.',
    }];
  });
  return [...cloze, ...cards];
}
