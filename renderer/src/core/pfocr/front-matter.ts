import { refuse, type Checked } from '../util/problem.ts';

export interface FrontMatter {
  /**
   * The YAML to parse, laid out so that its line N is line N of the file
   * (the opening "---" becomes an empty line): every line number in every
   * message, ours or the YAML library's, is then a line of the file.
   */
  yaml: string;
  /** Whether the record had "---" lines around its fields (a bare .yml file does not). */
  framed: boolean;
}

const FENCE = /^---[ \t]*$/;
/** YAML also ends a document with "..."; either closes the front matter. */
const CLOSE = /^(---|\.\.\.)[ \t]*$/;

/**
 * The front matter of a PFOCR record: the YAML between the first two "---"
 * lines. A file that opens one and never closes it is refused, because the
 * likeliest reason is a download or copy that was cut off part way.
 */
export function frontMatter(text: string): Checked<FrontMatter> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) return { ok: true, value: { yaml: lines.join('\n'), framed: false } };
  const end = lines.findIndex((line, i) => i > 0 && CLOSE.test(line));
  if (end < 0) {
    const last = lines.at(-1) === '' ? lines.length - 1 : lines.length;
    return refuse('line 1', `the front matter that starts here is never closed (no second "---" line before the end of the file at line ${last}): the file may have been cut off`);
  }
  return { ok: true, value: { yaml: ['', ...lines.slice(1, end)].join('\n'), framed: true } };
}

export const NO_FRONT_MATTER = 'has no front matter: a PFOCR record starts with a "---" line, then its fields (figid: …, caption: …), then another "---" line';
