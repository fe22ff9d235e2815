import type { Identifier } from './schema.ts';

/**
 * The web page of an identifier, only on hosts the app lets open: NCBI, HGNC
 * and WikiPathways directly; Ensembl, UniProt, ChEBI, HMDB, PubChem, KEGG,
 * Wikidata, MGI and RGD through identifiers.org (one resolver host, run by
 * ELIXIR, rather than one new host per database). Other databases get no link.
 * Ids are checked against their database's pattern before going into a URL.
 */
function resolved(pattern: RegExp): { pattern: RegExp; url: (id: string, db: string) => string } {
  return { pattern, url: (id, db) => `https://identifiers.org/${db}:${id}` };
}

const LINKS: Record<string, { pattern: RegExp; url: (id: string, db: string) => string }> = {
  ncbigene: { pattern: /^\d{1,12}$/, url: (id) => `https://www.ncbi.nlm.nih.gov/gene/${id}` },
  'hgnc.symbol': { pattern: /^[A-Za-z0-9][A-Za-z0-9@._-]{0,30}$/, url: (id) => `https://www.genenames.org/data/gene-symbol-report/#!/symbol/${id}` },
  hgnc: { pattern: /^(HGNC:)?\d{1,7}$/, url: (id) => `https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/${id.startsWith('HGNC:') ? id : `HGNC:${id}`}` },
  wikipathways: { pattern: /^WP\d{1,7}$/, url: (id) => `https://www.wikipathways.org/pathways/${id}.html` },
  refseq: { pattern: /^[A-Z]{2}_\d{1,12}(\.\d{1,4})?$/, url: (id) => `https://www.ncbi.nlm.nih.gov/nuccore/${id}` },
  pubmed: { pattern: /^\d{1,9}$/, url: (id) => `https://pubmed.ncbi.nlm.nih.gov/${id}/` },
  ensembl: resolved(/^ENS[A-Z]{0,6}[EGPT]\d{6,15}(\.\d{1,3})?$/),
  uniprot: resolved(/^([OPQ]\d[A-Z\d]{3}\d|[A-NR-Z]\d([A-Z][A-Z\d]{2}\d){1,2})(-\d{1,3})?$/),
  chebi: resolved(/^CHEBI:\d{1,7}$/),
  hmdb: resolved(/^HMDB\d{5,7}$/),
  'pubchem.compound': resolved(/^\d{1,10}$/),
  'kegg.compound': resolved(/^C\d{5}$/),
  wikidata: resolved(/^Q\d{1,10}$/),
  mgi: resolved(/^MGI:\d{1,8}$/),
  rgd: resolved(/^\d{1,8}$/),
};

export function identifierLink(identifier: Identifier): string | undefined {
  const link = LINKS[identifier.db];
  return link && link.pattern.test(identifier.id) ? link.url(identifier.id, identifier.db) : undefined;
}

/** Readable database names for display ("NCBI Gene 627"). */
export const DATABASE_NAMES: Record<string, string> = {
  ncbigene: 'NCBI Gene (Entrez)', ensembl: 'Ensembl', 'hgnc.symbol': 'HGNC symbol', hgnc: 'HGNC', uniprot: 'UniProt',
  chebi: 'ChEBI', hmdb: 'HMDB', 'kegg.compound': 'KEGG Compound', 'pubchem.compound': 'PubChem Compound', cas: 'CAS',
  wikidata: 'Wikidata', wikipathways: 'WikiPathways', lipidmaps: 'LIPID MAPS', 'ec-code': 'Enzyme Commission', refseq: 'RefSeq',
  reactome: 'Reactome', mirbase: 'miRBase', sgd: 'SGD', tair: 'TAIR', mgi: 'MGI', rgd: 'RGD', rhea: 'Rhea',
  complexportal: 'Complex Portal', pfam: 'Pfam', chemspider: 'ChemSpider', inchikey: 'InChIKey', ecocyc: 'EcoCyc',
};

export const databaseName = (i: Identifier): string => DATABASE_NAMES[i.db] ?? i.source ?? i.db;
