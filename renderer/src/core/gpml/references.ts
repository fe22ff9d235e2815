import type { Reference } from '../pack/schema.ts';
import { RECORD_REF, type ConvertContext } from './convert-context.ts';
import { count } from './skip-report.ts';
import { shorten } from './text.ts';

/** The peer-reviewed description of WikiPathways its licence page asks users to cite (format notes §10). */
export const WIKIPATHWAYS_PAPER: Reference = {
  id: 'wikipathways-2024', authors: 'Agrawal A, Balcı H, Hanspers K, et al.', year: 2024, title: 'WikiPathways 2024: next generation pathway database',
  journal: 'Nucleic Acids Research', volume: '52', pages: 'D679–D689', pmid: '37941138', pmcid: 'PMC10767877', doi: '10.1093/nar/gkad960',
};

export function recordUrl(wpId: string | undefined): string | undefined {
  return wpId ? `https://www.wikipathways.org/pathways/${wpId}.html` : undefined;
}

/** The reference every imported node and edge cites: the WikiPathways record itself. */
function recordReference(ctx: ConvertContext): Reference {
  const m = ctx.model;
  const ref: Reference = { id: RECORD_REF, journal: 'WikiPathways', title: shorten(m.title || 'Untitled pathway', 400) };
  if (m.authors.length) ref.authors = shorten(m.authors.join(', '), 400);
  // A database record is cited by the year of the version used: the year it was last modified (yyyyMMddHHmmss).
  const year = Number(/^(\d{4})/.exec(m.lastModified ?? '')?.[1]);
  if (year >= 1990 && year <= 2200) ref.year = year;
  const url = recordUrl(m.wpId);
  if (url) ref.url = url;
  const note = [m.wpId && `${m.wpId}${m.revision ? ` revision ${m.revision}` : ''}`, m.organism, 'CC0 1.0'].filter(Boolean).join('; ');
  ref.note = shorten(note, 400);
  return ref;
}

/**
 * Literature: 2013a Biopax PublicationXrefs, 2021 Citations. PubMed ids
 * go into pmid, DOIs into doi; unknown parts stay out rather than guessed.
 */
export function convertReferences(ctx: ConvertContext, limit = 500): Reference[] {
  const refs: Reference[] = [recordReference(ctx), WIKIPATHWAYS_PAPER];
  const free = limit - refs.length;
  const cites = ctx.model.citations;
  if (cites.length > free) {
    ctx.report.skip('references-over-limit', (n) => `${count(n, 'literature reference was', 'literature references were')} left out: a pathway can hold at most ${limit}`, undefined, cites.length - free);
  }
  for (const c of cites.slice(0, free)) {
    const db = c.db.toLowerCase();
    const ref: Reference = { id: ctx.ids.fresh(`pub-${c.id}`), journal: shorten(c.source || (db === 'pubmed' ? 'PubMed record' : c.db || 'Literature'), 200) };
    if (c.title) ref.title = shorten(c.title, 400);
    if (c.authors.length) ref.authors = shorten(c.authors.length > 6 ? `${c.authors.slice(0, 6).join(', ')} et al.` : c.authors.join(', '), 400);
    if (c.year && c.year >= 1800 && c.year <= 2200) ref.year = c.year;
    if (db === 'pubmed' && /^\d{1,9}$/.test(c.ident)) ref.pmid = c.ident;
    else if (db === 'doi' && /^10\.\d{3,9}\/\S{1,200}$/.test(c.ident)) ref.doi = c.ident;
    else if (c.ident) ref.note = shorten(`${c.db || 'Identifier'}: ${c.ident}`, 400);
    if (db === 'pubmed' && !c.title) ref.note = 'Only the PubMed id is given in the pathway file.';
    ctx.citationRefs.set(c.id, ref.id);
    refs.push(ref);
  }
  return refs;
}
