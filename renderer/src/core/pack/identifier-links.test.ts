import { describe, expect, it } from 'vitest';
import { identifierLink } from './identifier-links.ts';
import { isAllowedExternalUrl } from '../../../../electron/host-contract.ts';

describe('links of database identifiers', () => {
  it.each([
    ['ncbigene', '4915', 'https://www.ncbi.nlm.nih.gov/gene/4915'],
    ['hgnc.symbol', 'NTRK2', 'https://www.genenames.org/data/gene-symbol-report/#!/symbol/NTRK2'],
    ['wikipathways', 'WP2380', 'https://www.wikipathways.org/pathways/WP2380.html'],
    ['ensembl', 'ENSG00000148053', 'https://identifiers.org/ensembl:ENSG00000148053'],
    ['ensembl', 'ENSMUSG00000055254', 'https://identifiers.org/ensembl:ENSMUSG00000055254'],
    ['uniprot', 'Q16620', 'https://identifiers.org/uniprot:Q16620'],
    ['uniprot', 'A0A024R161', 'https://identifiers.org/uniprot:A0A024R161'],
    ['chebi', 'CHEBI:15377', 'https://identifiers.org/chebi:CHEBI:15377'],
    ['hmdb', 'HMDB0000122', 'https://identifiers.org/hmdb:HMDB0000122'],
    ['pubchem.compound', '5793', 'https://identifiers.org/pubchem.compound:5793'],
    ['wikidata', 'Q423111', 'https://identifiers.org/wikidata:Q423111'],
    ['mgi', 'MGI:97384', 'https://identifiers.org/mgi:MGI:97384'],
  ])('%s %s → %s, a host the app may open', (db, id, url) => {
    expect(identifierLink({ db, id })).toBe(url);
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['ensembl', 'ENSG0000/../../evil'],
    ['uniprot', 'javascript:alert(1)'],
    ['chebi', '15377?x=1'],
    ['ncbigene', '4915#frag'],
    ['cas', '50-00-0'],
    ['other', 'x'],
  ])('%s %s gets no link', (db, id) => {
    expect(identifierLink({ db, id })).toBeUndefined();
  });
});
