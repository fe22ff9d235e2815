import type { Identifier } from './schema.ts';

/**
 * The web page of an identifier, only on hosts the app already lets open
 * (NCBI, HGNC, WikiPathways); others get no link rather than a new host.
 * Ids are checked against their database's pattern before going into a URL.
 */
const LINKS: Record<string, { pattern: RegExp; url: (id: string) => string }> = {
  ncbigene: { pattern: /^\d{1,12}$/, url: (id) => `https://www.ncbi.nlm.nih.gov/gene/${id}` },
  'hgnc.symbol': { pattern: /^[A-Za-z0-9][A-Za-z0-9@._-]{0,30}$/, url: (id) => `https://www.genenames.org/data/gene-symbol-report/#!/symbol/${id}` },
  hgnc: { pattern: /^(HGNC:)?\d{1,7}$/, url: (id) => `https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/${id.startsWith('HGNC:') ? id : `HGNC:${id}`}` },
  wikipathways: { pattern: /^WP\d{1,7}$/, url: (id) => `https://www.wikipathways.org/pathways/${id}.html` },
  refseq: { pattern: /^[A-Z]{2}_\d{1,12}(\.\d{1,4})?$/, url: (id) => `https://www.ncbi.nlm.nih.gov/nuccore/${id}` },
  pubmed: { pattern: /^\d{1,9}$/, url: (id) => `https://pubmed.ncbi.nlm.nih.gov/${id}/` },
};

export function identifierLink(identifier: Identifier): string | undefined {
  const link = LINKS[identifier.db];
  return link && link.pattern.test(identifier.id) ? link.url(identifier.id) : undefined;
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
