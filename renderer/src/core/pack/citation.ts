import type { FigureRecord } from '../pfocr/figure-record.ts';
import type { PathwayPack, Reference } from './schema.ts';

/** A reference cut into what a view styles differently. */
export interface CitationParts {
  /** Authors, or the title when the authors are not known (the usual rule for anonymous works). */
  lead: string;
  /** "(2019)", or "(n.d.)" when the year is not known: a year is never silently missing. */
  year: string;
  /** The title, unless it already leads. */
  title?: string;
  /** Journal, volume and pages: "Biol Psychiatry 86(2):143–152." */
  source: string;
}

const end = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);

export function citationParts(r: Reference): CitationParts {
  const lead = r.authors ?? r.title ?? r.journal;
  const where = `${r.journal}${r.volume ? ` ${r.volume}` : ''}${r.pages ? `:${r.pages}` : ''}`;
  return {
    lead,
    year: r.year ? `(${r.year})` : '(n.d.)',
    ...(r.authors && r.title ? { title: end(r.title) } : {}),
    source: lead === r.journal ? '' : end(where),
  };
}

/** "Deyama S, Bang E, … Duman RS (2019). Neurotrophic and … factor. Biol Psychiatry 86(2):143–152." */
export function referenceText(r: Reference): string {
  const p = citationParts(r);
  return [`${p.lead} ${p.year}.`, p.title, p.source].filter(Boolean).join(' ');
}

/**
 * The citation line of a figure record. A record whose pack cites the paper
 * takes the pack's reference (checked, with authors and year). Otherwise the
 * record's own reftext is tidied: PFOCR writes "Biol Psychiatry. ;86(2)" when
 * the year is missing, and some records repeat the year that the year field
 * adds again; the year is added once, or "(n.d.)" when nobody knows it.
 */
export function recordCitation(record: FigureRecord, pack?: PathwayPack): string {
  const ref = pack && pack.provenance.figureId === record.id && pack.references.find((r) => r.id === pack.provenance.reference);
  if (ref) return referenceText(ref);
  const text = (record.citation ?? '').replace(/\.\s*;\s*/g, ' ').replace(/\s{2,}/g, ' ').trim();
  const year = record.year && /^\d{4}$/.test(record.year) ? record.year : undefined;
  if (!text) return year ? `(${year})` : '';
  if (/\b(1[89]|20)\d{2}\b/.test(text)) return text;
  const first = /^(.*?\bet al\.?|[^.]+\.)\s*(.*)$/.exec(text);
  const when = `(${year ?? 'n.d.'})`;
  return first ? `${first[1]} ${when}. ${first[2]}`.trim() : `${text} ${when}`;
}
