import type { PathwayNode, PathwayPack } from '../pack/schema.ts';
import { symbolsForName } from '../quiz/gene-aliases.ts';
import { GENE_DBS, isMoleculeNode } from './entities.ts';

/**
 * "Explore this pathway in depth": the nodes of other packs that stand for
 * the same gene products as a node of this one (TrkB ↔ NTRK2; ketamine's
 * mTORC1 ↔ WP1471's RPTOR:MLST8:MTOR complex).
 */
export interface NodeMatch {
  node: string;
  label: string;
  /** Shared genes over the larger gene set of the two: 1 = the same gene(s). */
  score: number;
  /** Symbols (or ids) of the shared genes. */
  shared: string[];
  /** How the best shared gene was recognised: a database id (Entrez, Ensembl…), or only a symbol (from `genes`, an HGNC Xref, the label, or a known protein name). */
  via: 'identifier' | 'symbol';
  /** Directed links of the node (not counting complex membership): the copy most drawn in is offered first. */
  links: number;
}

export interface PackMatches {
  pack: string;
  title: string;
  /** Best first. */
  matches: NodeMatch[];
}

/** One gene of a node, known by any of its keys ("ncbigene:4915", "ensembl:ENSG…", "symbol:NTRK2"). */
type Gene = Set<string>;

const SYMBOL_LIKE = /^[A-Za-z][A-Za-z0-9-]{1,19}$/;
const isId = (key: string) => !key.startsWith('symbol:');

/**
 * Genes listed on a node that are not its own products: cell-type markers
 * (on "Interneuron firing") and the receptor of a messenger (ITPR1 on IP3).
 */
const notItsProduct = (n: PathwayNode, note = '') => /marker/i.test(note) || (/receptor/i.test(note) && n.kind !== 'receptor');

/** The genes a single (non-complex) node stands for. */
function ownGenes(n: PathwayNode): Gene[] {
  const genes = (n.genes ?? []).filter((g) => !notItsProduct(n, g.note));
  if (genes.length) return genes.map((g) => new Set([`symbol:${g.symbol}`, ...(g.entrez ? [`ncbigene:${g.entrez}`] : [])]));
  if (n.genes?.length) return [];
  const ids = (n.identifiers ?? []).filter((i) => GENE_DBS.has(i.db)).map((i) => (i.db === 'hgnc.symbol' ? `symbol:${i.id.toUpperCase()}` : `${i.db}:${i.id}`));
  // A label that is a known protein or family name (ERK2, Akt, mTOR) names its gene(s).
  const named = symbolsForName(n.label);
  if (named?.kind === 'family') return named.symbols.map((s) => new Set([`symbol:${s}`]));
  if (named) ids.push(`symbol:${named.symbols[0]}`);
  // A gene-annotated node labelled like a symbol (NTRK2, Ntrk2) is read as that symbol; any species.
  else if (ids.length && SYMBOL_LIKE.test(n.label)) ids.push(`symbol:${n.label.toUpperCase()}`);
  return ids.length ? [new Set(ids)] : [];
}

/** The genes of a node: a complex stands for its members' genes (or its own, when drawn without members). */
function genesOf(n: PathwayNode, byId: ReadonlyMap<string, PathwayNode>): Gene[] {
  const members = (n.members ?? []).map((id) => byId.get(id)).filter((m): m is PathwayNode => !!m);
  return members.length ? members.flatMap(ownGenes) : ownGenes(n);
}

/** How two genes match: 2 by a database id, 1 by symbol only, 0 not at all. */
function geneMatch(a: Gene, b: Gene): number {
  let best = 0;
  for (const k of a) if (b.has(k)) best = Math.max(best, isId(k) ? 2 : 1);
  return best;
}

const nameOf = (g: Gene) => [...g].find((k) => k.startsWith('symbol:'))?.slice(7) ?? [...g][0]!;

/**
 * For a node of one pack, the matching nodes of each other pack, best first:
 * by score (shared genes over the larger gene set, so a complex matches the
 * complex with the same members before one of its subunits), then nodes of
 * the same sort (an RNA copy only after the proteins, unless the node is an
 * RNA), then a match by database id before a match by symbol only, then the
 * copy with most links, then file order. Packs without a match are left out.
 */
export function crossLinks(node: PathwayNode, from: PathwayPack, targets: readonly PathwayPack[]): PackMatches[] {
  const source = genesOf(node, new Map(from.nodes.map((n) => [n.id, n])));
  if (!source.length) return [];
  const out: PackMatches[] = [];
  for (const pack of targets) {
    if (pack.id === from.id) continue;
    const byId = new Map(pack.nodes.map((n) => [n.id, n]));
    const degree = new Map<string, number>();
    for (const e of pack.edges) if (e.interaction !== 'part-of' && e.directed !== false) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const scored = pack.nodes.filter(isMoleculeNode).flatMap((n, order) => {
      const genes = genesOf(n, byId);
      const matched = source.map((g) => Math.max(0, ...genes.map((h) => geneMatch(g, h))));
      const shared = source.filter((_, i) => matched[i]! > 0);
      if (!shared.length) return [];
      const match: NodeMatch = {
        node: n.id, label: n.label, score: shared.length / Math.max(source.length, genes.length), shared: shared.map(nameOf),
        via: matched.includes(2) ? 'identifier' : 'symbol', links: degree.get(n.id) ?? 0,
      };
      return [{ match, sameSort: (n.kind === 'rna') === (node.kind === 'rna'), order }];
    });
    scored.sort((a, b) => b.match.score - a.match.score || Number(b.sameSort) - Number(a.sameSort) ||
      Number(b.match.via === 'identifier') - Number(a.match.via === 'identifier') || b.match.links - a.match.links || a.order - b.order);
    if (scored.length) out.push({ pack: pack.id, title: pack.title, matches: scored.map((s) => s.match) });
  }
  return out;
}
