import type { PathwayNode, PathwayPack } from '../pack/schema.ts';

/**
 * What the nodes of an imported pathway stand for. A database diagram draws
 * the same entity several times (28% of WikiPathways DataNodes repeat a
 * label), puts complexes around their members, and turns any label a line
 * touches into a node, including location markers ("CY", "NU") and, in some
 * files, text garbled by a wrong encoding. The quiz, the lab tools and the
 * start picker all need to tell these apart from the molecules.
 */

/** Location markers drawn as text on some diagrams (cytoplasm, nucleus, …), in codes or words. */
const LOCATION = /^(cy|nu|ec|pm|er|mi|mt|go|ly|en|ex|cytoplasm|cytosol|nucleus|nucleoplasm|extracellular( space| region| matrix)?|(plasma|cell|nuclear|mitochondrial) membrane|membrane|mitochondri(on|a)|endoplasmic reticulum|golgi( apparatus)?|lysosome|endosome|vesicle)$/i;

/** A node made from a label that names a place, not a molecule or an event ("CY", "Nucleus"). */
export const isLocationLabel = (n: PathwayNode): boolean => (n.kind === 'phenotype' || n.kind === 'unknown') && LOCATION.test(n.label.trim());

/**
 * Text garbled by a wrong character encoding (UTF-8 read as Latin-1 or
 * Windows-1256: "Ã©", "â€", "ط®آ³-secretase" for γ-secretase) or carrying
 * the replacement character. Greek letters and other real text pass.
 */
export const looksGarbled = (text: string): boolean => /[\u0600-\u06ff\ufffd]|Ã.|Â|â€/u.test(text);

/** Kinds that name a thing the pathway acts on, not an event or a linked pathway. */
const ENTITY_KINDS = new Set<PathwayNode['kind']>([
  'drug', 'neurotransmitter', 'receptor', 'channel', 'ion', 'growth-factor', 'kinase', 'enzyme', 'complex',
  'second-messenger', 'protein', 'gene-product', 'rna', 'metabolite', 'unknown',
]);

/** A molecule (or named molecular entity) a student can be asked about by name. */
export const isMoleculeNode = (n: PathwayNode): boolean =>
  ENTITY_KINDS.has(n.kind) && !n.device && !isLocationLabel(n) && !looksGarbled(n.label);

/** Databases whose identifiers name one gene or gene product. */
export const GENE_DBS = new Set(['ncbigene', 'ensembl', 'hgnc', 'hgnc.symbol', 'uniprot', 'mgi', 'rgd', 'refseq']);

const keyCache = new WeakMap<PathwayNode, readonly string[]>();

/** "ncbigene:627"-style keys of a node's gene identifiers (and its genes' Entrez ids and symbols). */
export function geneKeys(n: PathwayNode): readonly string[] {
  const hit = keyCache.get(n);
  if (hit) return hit;
  const keys = (n.identifiers ?? []).filter((i) => GENE_DBS.has(i.db)).map((i) => `${i.db}:${i.db === 'hgnc.symbol' ? i.id.toUpperCase() : i.id}`);
  for (const g of n.genes ?? []) {
    keys.push(`hgnc.symbol:${g.symbol}`);
    if (g.entrez) keys.push(`ncbigene:${g.entrez}`);
  }
  const out = [...new Set(keys)];
  keyCache.set(n, out);
  return out;
}

const labelKeys = new Map<string, string>();

/** Label as a student reads it: case and spacing folded. */
export function labelKey(label: string): string {
  let key = labelKeys.get(label);
  if (key === undefined) {
    key = label.trim().replace(/\s+/g, ' ').toLowerCase();
    if (labelKeys.size < 50_000) labelKeys.set(label, key);
  }
  return key;
}

/** Whether a node is one of the given entities, by label or gene identifier (sameEntity against many at once). */
export function entitySet(nodes: readonly PathwayNode[]): (n: PathwayNode) => boolean {
  const labels = new Set(nodes.map((n) => labelKey(n.label)));
  const keys = new Set(nodes.flatMap((n) => geneKeys(n)));
  return (n) => labels.has(labelKey(n.label)) || geneKeys(n).some((k) => keys.has(k));
}

/** The same entity drawn twice: same label (any case), or a shared gene identifier. */
export function sameEntity(a: PathwayNode, b: PathwayNode): boolean {
  if (a.id === b.id || labelKey(a.label) === labelKey(b.label)) return true;
  const keys = new Set(geneKeys(a));
  return geneKeys(b).some((k) => keys.has(k));
}

const complexCache = new WeakMap<PathwayPack, ReadonlyMap<string, string[]>>();

/** For each node, the complexes it is a member of (computed once per pack object). */
export function complexesOf(pack: PathwayPack): ReadonlyMap<string, string[]> {
  const hit = complexCache.get(pack);
  if (hit) return hit;
  const out = new Map<string, string[]>();
  for (const c of pack.nodes) for (const m of c.members ?? []) out.set(m, [...(out.get(m) ?? []), c.id]);
  complexCache.set(pack, out);
  return out;
}

/** One is a complex and the other one of its drawn members. */
export const memberRelated = (a: PathwayNode, b: PathwayNode): boolean => !!a.members?.includes(b.id) || !!b.members?.includes(a.id);

/** Nodes grouped by label as a student reads it (every drawn copy of one entity), in file order. */
export function copiesByLabel(nodes: readonly PathwayNode[]): Map<string, PathwayNode[]> {
  const out = new Map<string, PathwayNode[]>();
  for (const n of nodes) out.set(labelKey(n.label), [...(out.get(labelKey(n.label)) ?? []), n]);
  return out;
}
