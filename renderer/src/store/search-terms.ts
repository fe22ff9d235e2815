import { wordsOf } from '../core/util/text-match.ts';
import type { PathwayPack } from '../core/pack/schema.ts';
import type { FigureRecord } from '../core/pfocr/figure-record.ts';

/** Lower-case words for Dexie's multi-entry prefix search. */
function terms(...texts: (string | undefined)[]): string[] {
  const out = new Set<string>();
  for (const t of texts) {
    for (const w of wordsOf(t ?? '')) if (w.length > 1 && w.length < 40) out.add(w);
  }
  return [...out];
}

export const packTerms = (p: PathwayPack) =>
  terms(p.title, p.summary, p.id, ...p.nodes.flatMap((n) => [n.label, n.fullName, ...(n.genes ?? []).map((g) => g.symbol)]));

export const figureTerms = (r: FigureRecord) => terms(r.title, r.id, r.pmcid, r.paperTitle, ...r.keywords);
