import type { Choice } from './question.ts';
import { assembleChoices } from './distractors.ts';
import { shuffle } from './random.ts';
import { wordPattern } from '../util/text-match.ts';

export interface ClozeItem {
  /** Sentence with the term replaced by a blank. */
  text: string;
  answer: string;
  choices: Choice[];
  sentence: number;
}

const wholeWord = (term: string) => wordPattern(term);
export const BLANK = '_____';

/** Sentences of a caption, without the trailing list of abbreviations ("ADT, antidepressant; …"). */
export function captionSentences(caption: string): string[] {
  return caption
    .split(/(?<=[.!?])\s+(?=[A-Z(])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 25 && !/^[^;]{1,40}, [^;]+;/.test(s));
}

export interface ClozeOptions {
  /** A wrong option to leave out: too close to the answer, or to a term the sentence already shows. */
  unfair?: (option: string, answer: string, sentence: string) => boolean;
  /** Lower first: wrong options of the answer's own kind before the rest. */
  rank?: (option: string, answer: string) => number;
}

/**
 * Caption gaps: in each sentence, blank the first term (from `terms`, longest
 * first) that it contains; the other options are terms from elsewhere in the
 * caption, so every option is plausible in context.
 */
export function clozeItems(caption: string, terms: readonly string[], random: () => number, { unfair, rank }: ClozeOptions = {}): ClozeItem[] {
  const usable = [...new Set(terms)].filter((t) => t.length >= 2).sort((a, b) => b.length - a.length);
  const sentences = captionSentences(caption);
  const out: ClozeItem[] = [];
  sentences.forEach((sentence, i) => {
    const term = usable.find((t) => wholeWord(t).test(sentence));
    if (!term) return;
    const fair = usable.filter((t) => t !== term && !wholeWord(t).test(sentence) && !unfair?.(t, term, sentence));
    const ordered = rank ? shuffle(fair, random).sort((a, b) => rank(a, term) - rank(b, term)) : fair;
    const others = ordered.map((t) => ({ id: t, label: t }));
    const choices = assembleChoices({ id: term, label: term }, [], others, 3, random, { ordered: !!rank });
    if (!choices) return;
    out.push({ text: sentence.replace(wholeWord(term), BLANK), answer: term, choices, sentence: i });
  });
  return out;
}
