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
];

/** The names under which a caption may mention a gene symbol: its aliases first, then family names. */
export function namesFor(symbol: string): Name[] {
  const s = symbol.toUpperCase();
  const names = GENE_NAMES.filter((n) => n.symbols.includes(s));
  return [...names.filter((n) => n.kind === 'alias'), ...names.filter((n) => n.kind === 'family')];
}
