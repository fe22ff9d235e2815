import type { GpmlXref } from './gpml-model.ts';
import type { Identifier } from '../pack/schema.ts';

/**
 * Xref database names of both generations (2013a BridgeDb names such as
 * "Entrez Gene", 2021 prefixes such as "ncbigene") → one lower-case prefix.
 * Names are matched case- and punctuation-insensitively, which also folds
 * drift like "Chemspider"/"ChemSpider".
 */
const PREFIXES: Record<string, string> = {
  entrezgene: 'ncbigene', ncbigene: 'ncbigene', entrez: 'ncbigene', ncbigeneid: 'ncbigene',
  ensembl: 'ensembl',
  hgnc: 'hgnc.symbol', hgncsymbol: 'hgnc.symbol', hgncaccessionnumber: 'hgnc', hgncid: 'hgnc',
  uniprottrembl: 'uniprot', uniprotswissprot: 'uniprot', uniprot: 'uniprot', uniprotkb: 'uniprot', swissprot: 'uniprot',
  chebi: 'chebi', hmdb: 'hmdb', keggcompound: 'kegg.compound', pubchemcompound: 'pubchem.compound',
  pubchemsubstance: 'pubchem.substance', cas: 'cas', wikidata: 'wikidata', wikipathways: 'wikipathways',
  lipidmaps: 'lipidmaps', enzymenomenclature: 'ec-code', eccode: 'ec-code', refseq: 'refseq', reactome: 'reactome',
  mirbase: 'mirbase', mirbasesequence: 'mirbase', mirbasematuresequence: 'mirbase.mature', sgd: 'sgd', tair: 'tair',
  mgi: 'mgi', rgd: 'rgd', zfin: 'zfin', flybase: 'flybase', wormbase: 'wormbase', ecocyc: 'ecocyc', ecogene: 'ecogene',
  rhea: 'rhea', complexportal: 'complexportal', pfam: 'pfam', chemspider: 'chemspider', inchikey: 'inchikey',
  keggortholog: 'kegg.orthology', keggpathway: 'kegg.pathway', keggenzyme: 'kegg.enzyme', kegggenes: 'kegg.genes', go: 'go', geneontology: 'go',
  interpro: 'interpro', omim: 'omim', drugbank: 'drugbank', pubmed: 'pubmed', doi: 'doi',
};

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A pack identifier from a GPML Xref, or undefined when it cannot be stored cleanly. */
export function identifierOf(xref: GpmlXref | undefined): Identifier | undefined {
  if (!xref) return undefined;
  // IDs with stray spaces exist (11 in the corpus): inner spaces make the id unusable as a key.
  const id = xref.id.trim();
  if (!/^\S{1,120}$/.test(id)) return undefined;
  const known = PREFIXES[squash(xref.db)];
  const squashed = squash(xref.db).slice(0, 40);
  const db = known ?? (/^[a-z]/.test(squashed) ? squashed : 'other');
  const source = xref.db.trim().slice(0, 80);
  const normalised = db === 'chebi' && /^\d+$/.test(id) ? `CHEBI:${id}` : id;
  return source && source !== db ? { db, id: normalised, source } : { db, id: normalised };
}
