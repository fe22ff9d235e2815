import type { Choice } from './question.ts';
import { assembleChoices } from './distractors.ts';

export interface ClozeItem {
  /** Sentence with the term replaced by a blank. */
  text: string;
  answer: string;
  choices: Choice[];
  sentence: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wholeWord = (term: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'u');
export const BLANK = '_____';

/** Sentences of a caption, without the trailing list of abbreviations ("ADT, antidepressant; …"). */
export function captionSentences(caption: string): string[] {
  return caption
    .split(/(?<=[.!?])\s+(?=[A-Z(])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 25 && !/^[^;]{1,40}, [^;]+;/.test(s));
}

/**
 * Caption gaps: in each sentence, blank the first term (from `terms`, longest
 * first) that it contains; the other options are terms from elsewhere in the
 * caption, so every option is plausible in context.
 */
export function clozeItems(caption: string, terms: readonly string[], random: () => number): ClozeItem[] {
  const usable = [...new Set(terms)].filter((t) => t.length >= 2).sort((a, b) => b.length - a.length);
  const sentences = captionSentences(caption);
  const out: ClozeItem[] = [];
  sentences.forEach((sentence, i) => {
    const term = usable.find((t) => wholeWord(t).test(sentence));
    if (!term) return;
    const others = usable.filter((t) => t !== term && !wholeWord(t).test(sentence)).map((t) => ({ id: t, label: t }));
    const choices = assembleChoices({ id: term, label: term }, [], others, 3, random);
    if (!choices) return;
    out.push({ text: sentence.replace(wholeWord(term), BLANK), answer: term, choices, sentence: i });
  });
  return out;
}
