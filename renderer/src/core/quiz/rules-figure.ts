import type { FigureRecord } from '../pfocr/figure-record.ts';
import { cleanCaption } from '../pack/clean-caption.ts';
import { containsWord } from '../graph/relations.ts';
import { captionSentences } from './cloze.ts';
import { namesFor } from './gene-aliases.ts';
import type { Question } from './question.ts';
import type { Violation } from './rules.ts';

/** Rules for a figure record's own quiz: keyword cards answer from the caption, gaps are not in the title. */
export function figureViolations(record: FigureRecord, questions: readonly Question[]): Violation[] {
  const out: Violation[] = [];
  const sentences = captionSentences(cleanCaption(record.caption));
  const title = record.title ?? record.id;
  for (const q of questions) {
    const add = (rule: string, message: string) => out.push({ rule, kc: q.kc, message });
    if (q.kind === 'flashcard' && q.family === 'keyword') {
      const keyword = q.kc.replace(/^keyword:/, '');
      const names = [keyword, ...namesFor(keyword).map((n) => n.name)];
      const namedBy = names.find((n) => sentences.some((s) => containsWord(s, n, 'iu')));
      if (/does not name/i.test(q.back) && namedBy) add('keyword-named', `says the caption does not name ${keyword}, but it does (“${namedBy}”)`);
      const quoted = /“(.+)”/.exec(q.back)?.[1];
      if (!quoted) add('keyword-no-answer', `asks about ${keyword} with no caption text to answer from`);
      else if (!names.some((n) => containsWord(quoted, n, 'iu'))) add('keyword-wrong-sentence', `quotes a sentence that does not name ${keyword}`);
    }
    if (q.kind === 'choice' && q.family === 'cloze' && containsWord(title, q.answer, 'iu')) add('cloze-in-title', `the gap “${q.answer}” can be read off the title`);
  }
  return out;
}
