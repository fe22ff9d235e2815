/**
 * How captions commonly name genes: a symbol's alias (Flk-1 for KDR) or a
 * family name that covers it (PI3K for PIK3CA). Used so a figure quiz never
 * claims the caption leaves out a gene it names another way. Deliberately
 * small: when a name is not here the quiz does not ask.
 */
interface Name {
  name: string;
  kind: 'alias' | 'family';
  symbols: readonly string[];
}

const PIK3 = ['PIK3CA', 'PIK3CB', 'PIK3CD', 'PIK3CG', 'PIK3R1', 'PIK3R2', 'PIK3R3', 'PIK3R4', 'PIK3R5', 'PIK3R6'];
const family = (symbols: readonly string[], ...names: string[]): Name[] => names.map((name) => ({ name, kind: 'family', symbols }));
const alias = (symbol: string, ...names: string[]): Name[] => names.map((name) => ({ name, kind: 'alias', symbols: [symbol] }));

export const GENE_NAMES: readonly Name[] = [
  ...family(['SOS1', 'SOS2'], 'SOS'),
  ...family(['HRAS', 'KRAS', 'NRAS'], 'Ras'),
  ...family(['ARAF', 'BRAF', 'RAF1'], 'Raf'),
  ...family(['MAP2K1', 'MAP2K2'], 'MEK'),
  ...family(['MAPK1', 'MAPK3'], 'MAPK', 'ERK', 'ERK1/2', 'p44/42 MAPK'),
  ...family(['PLCG1', 'PLCG2'], 'PLCγ', 'PLC-γ', 'PLCgamma', 'PLC-gamma', 'PLC gamma'),
  ...family(PIK3, 'PI3K', 'PI3-kinase', 'PI 3-kinase', 'phosphoinositide 3-kinase', 'phosphatidylinositol 3-kinase'),
  ...family(['AKT1', 'AKT2', 'AKT3'], 'Akt', 'PKB', 'protein kinase B'),
  ...family(['MTOR', 'RPTOR', 'MLST8'], 'mTORC1'),
  ...family(['VEGFA', 'VEGFB', 'VEGFC', 'VEGFD', 'PGF'], 'VEGF'),
  ...family(['GRIN1', 'GRIN2A', 'GRIN2B'], 'NMDA receptor', 'NMDA receptors', 'NMDAR'),
  ...family(['GRIA1', 'GRIA2', 'GRIA3', 'GRIA4'], 'AMPA receptor', 'AMPA receptors', 'AMPAR'),
  ...alias('MTOR', 'mTOR'),
  ...alias('CREB1', 'CREB'),
  ...alias('KDR', 'Flk-1', 'FLK1', 'VEGFR2', 'VEGFR-2'),
  ...alias('NTRK2', 'TrkB'),
  ...alias('NTRK1', 'TrkA'),
  ...alias('GRIA1', 'GluA1', 'GluR1'),
  ...alias('DLG4', 'PSD95', 'PSD-95'),
  ...alias('RPS6KB1', 'p70S6K', 'S6K1'),
  // Common protein names of signalling genes (HGNC previous symbols and aliases), for
  // imported pathways that label nodes with gene symbols. Names shared by two genes
  // (PDK1, p62, p35) are left out.
  ...family(['RXRA', 'RXRB', 'RXRG'], 'RXR'),
  ...family(['PRKAA1', 'PRKAA2', 'PRKAB1', 'PRKAB2', 'PRKAG1', 'PRKAG2', 'PRKAG3'], 'AMPK'),
  ...family(['PRKCA', 'PRKCB', 'PRKCG', 'PRKCD', 'PRKCE', 'PRKCH', 'PRKCQ', 'PRKCI', 'PRKCZ'], 'PKC'),
  ...alias('MAPK3', 'ERK1'),
  ...alias('MAPK1', 'ERK2'),
  ...alias('MAPK7', 'ERK5'),
  ...alias('MAP2K1', 'MEK1'),
  ...alias('MAP2K2', 'MEK2'),
  ...alias('MAP2K5', 'MEK5'),
  ...alias('MAP3K1', 'MEKK1'),
  ...alias('MAP3K2', 'MEKK2'),
  ...alias('MAPK8', 'JNK1'),
  ...alias('MAPK9', 'JNK2'),
  ...alias('MAPK10', 'JNK3'),
  ...alias('MAPK14', 'p38α', 'p38 alpha'),
  ...alias('GSK3B', 'GSK-3β', 'GSK3β'),
  ...alias('PTPN11', 'SHP2', 'SHP-2'),
  ...alias('PTK2', 'FAK'),
  ...alias('PTK2B', 'PYK2'),
  ...alias('RPS6KA1', 'RSK1'),
  ...alias('RPS6KA3', 'RSK2'),
  ...alias('RPS6KA5', 'MSK1'),
  ...alias('EIF4EBP1', '4E-BP1'),
  ...alias('RELA', 'p65', 'NF-κB p65'),
  ...alias('NFKBIA', 'IκBα'),
  ...alias('IKBKB', 'IKKβ', 'IKK2'),
  ...alias('CHUK', 'IKKα', 'IKK1'),
  ...alias('IKBKG', 'NEMO', 'IKKγ'),
  ...alias('PRKCD', 'PKCδ'),
  ...alias('NGFR', 'p75NTR'),
  ...alias('AKT1S1', 'PRAS40'),
  ...alias('RPTOR', 'Raptor'),
  ...alias('DDIT4', 'REDD1'),
  ...alias('TSC1', 'hamartin'),
  ...alias('TSC2', 'tuberin'),
  ...alias('PRKAA1', 'AMPKα1'),
  ...alias('PRKAA2', 'AMPKα2'),
  ...alias('CAMK4', 'CaMKIV'),
  ...alias('GRIN1', 'GluN1'),
  ...alias('GRIN2A', 'GluN2A'),
  ...alias('GRIN2B', 'GluN2B'),
  ...alias('GRIA2', 'GluA2'),
  ...alias('GRIA3', 'GluA3'),
  ...alias('CTNNB1', 'β-catenin'),
  ...alias('CASP3', 'caspase-3'),
  ...alias('MYC', 'c-Myc'),
  ...alias('HRAS', 'H-Ras'),
  ...alias('SLC2A3', 'GLUT3'),
  ...alias('PIK3CA', 'p110α'),
  ...alias('PIK3R1', 'p85α'),
];

/** A name folded for comparison: lower case, Greek letters as Latin, no spaces or hyphens ("GSK-3β" = "gsk3b" = "GSK-3b"). */
export const foldName = (name: string): string =>
  name.toLowerCase().replace(/α/g, 'a').replace(/β/g, 'b').replace(/γ/g, 'g').replace(/δ/g, 'd').replace(/κ/g, 'k').replace(/[\s-]+/g, '');

/** The gene symbols a name stands for: one for an alias (ERK2 → MAPK1), several for a family name (Akt → AKT1, AKT2, AKT3). */
export function symbolsForName(name: string): { kind: 'alias' | 'family'; symbols: readonly string[] } | undefined {
  const key = foldName(name);
  const hit = GENE_NAMES.find((n) => foldName(n.name) === key);
  return hit && { kind: hit.kind, symbols: hit.symbols };
}

/** The names under which a caption may mention a gene symbol: its aliases first, then family names. */
export function namesFor(symbol: string): Name[] {
  const s = symbol.toUpperCase();
  const names = GENE_NAMES.filter((n) => n.symbols.includes(s));
  return [...names.filter((n) => n.kind === 'alias'), ...names.filter((n) => n.kind === 'family')];
}

/** The gene symbols a label stands for: a family name's members, an alias's gene, or the label itself read as a symbol. */
export function symbolsOfLabel(label: string): readonly string[] {
  return symbolsForName(label)?.symbols ?? [label.toUpperCase()];
}

/** One label names a family that the other belongs to (PKC and PRKCD; Akt and AKT1): too close to tell apart in a quiz. */
export function familyRelated(a: string, b: string): boolean {
  const [fa, fb] = [symbolsForName(a), symbolsForName(b)];
  return (fa?.kind === 'family' && symbolsOfLabel(b).some((s) => fa.symbols.includes(s))) || (fb?.kind === 'family' && symbolsOfLabel(a).some((s) => fb.symbols.includes(s)));
}
