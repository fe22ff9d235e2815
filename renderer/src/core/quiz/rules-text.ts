import { leftoverIn } from '../pack/leftovers.ts';
import { containsWord } from '../graph/relations.ts';
import type { Question } from './question.ts';
import type { Violation } from './rules.ts';
import { wordPattern } from '../util/text-match.ts';
import { looksGarbled } from '../graph/entities.ts';

/** All the text a student sees for a question. */
export function questionTexts(q: Question): string[] {
  const texts = [q.prompt, q.explanation];
  if (q.kind === 'choice' || q.kind === 'multi') texts.push(...q.choices.map((c) => c.label));
  if (q.kind === 'order') texts.push(...q.items.map((c) => c.label));
  if (q.kind === 'match') texts.push(...q.left.map((c) => c.label), ...q.right.map((c) => c.label));
  if (q.kind === 'flashcard') texts.push(q.back);
  return texts;
}

/** Every case-insensitive whole-word occurrence of a term, as written. */
function wordMatches(text: string, term: string): string[] {
  return [...text.matchAll(wordPattern(term, { flags: 'giu' }))].map((m) => m[0]);
}

/** The learner-visible key of a question, to compare questions with the same prompt. */
export function keyOf(q: Question): string {
  switch (q.kind) {
    case 'choice':
      return q.choices.find((c) => c.id === q.answer)?.label ?? q.answer;
    case 'multi':
      return [...q.answers].sort().join('|');
    case 'order':
      return q.answer.join('>');
    case 'match':
      return JSON.stringify(q.answer);
    case 'locate':
      return q.node;
    case 'flashcard':
      return q.back;
  }
}

/** Words written with capitals inside them (mPFC, AMPA, Ca²⁺, Met66, TrkB): their case carries meaning. */
export function casedTerms(vocabulary: readonly string[]): string[] {
  const words = vocabulary.flatMap((t) => t.split(/[\s/(),;:]+/)).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}²⁺]+$/gu, ''));
  // Two capitals (AMPA, TrkB, PI3K), a capital after a small letter (mPFC),
  // a capital with digits (Met66) or a charge (Ca²⁺): not "Ketamine", not "α-Amino".
  const cased = (w: string) => (w.match(/\p{Lu}/gu) ?? []).length >= 2 || /\p{Ll}\p{Lu}/u.test(w) || (/\p{Lu}/u.test(w) && /\d/.test(w)) || /[²⁺⁻]/u.test(w);
  return [...new Set(words.filter((w) => w.length >= 2 && cased(w)))];
}

export function textViolations(questions: readonly Question[], vocabulary: readonly string[]): Violation[] {
  const out: Violation[] = [];
  const cased = casedTerms(vocabulary);
  const byPrompt = new Map<string, Question[]>();
  for (const q of questions) {
    const add = (rule: string, message: string) => out.push({ rule, kc: q.kc, message });
    for (const text of questionTexts(q)) {
      const leftover = leftoverIn(text);
      if (leftover) add('leftover', `authoring leftover ${leftover} in “${text}”`);
      if (looksGarbled(text)) add('garbled-text', `text garbled by a wrong encoding in “${text}”`);
      const doubled = /(?<![\p{L}\p{N}])([\p{L}\p{N}][\p{L}\p{N}²⁺-]*) \(\1(?![\p{L}\p{N}])/u.exec(text);
      if (doubled && /\p{Lu}/u.test(doubled[1]!)) add('doubled-name', `“${doubled[1]}” doubled in “${text}”`);
      // Quoted caption text is the authors' own spelling and is left as it is.
      const own = text.replace(/“[^”]*”/g, '');
      const lower = own.toLowerCase();
      for (const term of cased) {
        if (!lower.includes(term.toLowerCase())) continue; // cheap test first: imported pathways have hundreds of terms
        const wrong = wordMatches(own, term).find((m) => m !== term);
        if (wrong) add('acronym-case', `“${term}” written “${wrong}” in “${text}”`);
      }
    }
    if (q.kind === 'choice' && q.family !== 'hand') {
      const answer = q.choices.find((c) => c.id === q.answer)?.label ?? '';
      if (answer && containsWord(q.prompt, answer, 'iu')) add('answer-in-prompt', `the prompt contains its answer “${answer}”`);
    }
    if (q.evidence && (q.evidence.status === 'model' || q.evidence.status === 'unverified') && !/model|propos|figure|caption|authors|predict/i.test(`${q.prompt} ${q.explanation}`)) {
      add('model-as-fact', `keyed on ${q.evidence.status} evidence but never says so`);
    }
    // Order questions share one prompt; what distinguishes them is the items shown.
    const shown = q.kind === 'order' ? ` [${q.items.map((i) => i.label).sort().join(' | ')}]` : '';
    const norm = `${q.prompt.trim().toLowerCase().replace(/\s+/g, ' ')}${shown}`;
    byPrompt.set(norm, [...(byPrompt.get(norm) ?? []), q]);
  }
  for (const [prompt, group] of byPrompt) {
    const keys = new Set(group.map(keyOf));
    if (keys.size > 1) out.push({ rule: 'one-key', kc: group.map((q) => q.kc).join(', '), message: `“${prompt}” has ${keys.size} different keys` });
  }
  return out;
}
