import type { PathwayPack } from '../pack/schema.ts';
import { RECORD_REF } from './convert-context.ts';
import type { GpmlPathway } from './gpml-model.ts';
import { recordUrl } from './references.ts';
import { shorten } from './text.ts';

/**
 * Title, authors, WikiPathways id and revision, organism, CC0 notice and the
 * attribution WikiPathways asks for (format notes §10).
 */
export function provenanceOf(m: GpmlPathway): PathwayPack['provenance'] {
  const id = m.wpId ?? 'unknown id';
  const rev = m.revision ? ` revision ${m.revision}` : '';
  const by = m.authors.length ? ` by ${m.authors.join(', ')}` : '';
  const url = recordUrl(m.wpId);
  const provenance: PathwayPack['provenance'] = {
    figureId: m.wpId ? `${m.wpId}${m.revision ? `_r${m.revision}` : ''}` : shorten(m.title || 'gpml', 120),
    paperTitle: shorten(m.title || 'Untitled pathway', 400),
    citation: shorten(`${m.title || 'Untitled pathway'} (WikiPathways ${id}${rev}${m.organism ? `, ${m.organism}` : ''})`, 400),
    reference: RECORD_REF,
    license: 'CC0 1.0 Universal (public domain dedication), as for all WikiPathways content. Attribution is expected, not required.',
    attribution: shorten(`“${m.title || 'Untitled pathway'}”, WikiPathways ${id}${rev}${by}${url ? `, ${url}` : ''}. Please also cite: Agrawal A et al. WikiPathways 2024: next generation pathway database. Nucleic Acids Res. 2024;52(D1):D679–D689. doi:10.1093/nar/gkad960.`, 800),
    authoredFrom: [`GPML ${m.schema} file converted automatically by Pathway Explorer`],
    database: { name: 'WikiPathways', id: shorten(id, 40), format: `GPML ${m.schema}` },
  };
  if (url) provenance.figureUrl = url;
  const db = provenance.database!;
  if (m.revision) db.revision = m.revision;
  if (m.organism) db.organism = shorten(m.organism, 120);
  if (m.authors.length) db.authors = m.authors.slice(0, 100).map((a) => shorten(a, 120));
  if (m.lastModified) db.lastModified = shorten(m.lastModified, 40);
  return provenance;
}
