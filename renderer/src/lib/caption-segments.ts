import type { GlossaryEntry } from '../core/pack/schema.ts';
import { wordPattern } from '../core/util/text-match.ts';

export interface Segment {
  text: string;
  marked: boolean;
  term?: GlossaryEntry;
}

/**
 * Splits a caption into runs: the fragment a step explains is marked, and
 * glossary terms become explainable abbreviations (first occurrence of each).
 */
export function captionSegments(caption: string, highlight: string | undefined, glossary: readonly GlossaryEntry[]): Segment[] {
  const at = highlight ? caption.indexOf(highlight) : -1;
  const runs: { text: string; marked: boolean }[] =
    at < 0 ? [{ text: caption, marked: false }] : [
      { text: caption.slice(0, at), marked: false },
      { text: highlight!, marked: true },
      { text: caption.slice(at + highlight!.length), marked: false },
    ];
  const terms = [...glossary].sort((a, b) => b.term.length - a.term.length);
  if (!terms.length) return runs.filter((r) => r.text);
  const pattern = wordPattern(terms.map((t) => t.term));
  const seen = new Set<string>();
  const out: Segment[] = [];
  for (const run of runs) {
    let rest = run.text;
    while (rest) {
      const m = pattern.exec(rest);
      if (!m) break;
      const term = terms.find((t) => t.term === m[1])!;
      if (seen.has(term.term)) {
        out.push({ text: rest.slice(0, m.index + m[0].length), marked: run.marked });
      } else {
        seen.add(term.term);
        if (m.index) out.push({ text: rest.slice(0, m.index), marked: run.marked });
        out.push({ text: m[0], marked: run.marked, term });
      }
      rest = rest.slice(m.index + m[0].length);
    }
    if (rest) out.push({ text: rest, marked: run.marked });
  }
  return out.filter((s) => s.text);
}
