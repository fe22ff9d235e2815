import type { PackIndex } from '../graph/pack-index.ts';
import type { PathwayNode } from '../pack/schema.ts';
import { copiesByLabel, GENE_DBS, geneKeys, isMoleculeNode, labelKey, sameEntity } from '../graph/entities.ts';
import type { Choice, Question } from './question.ts';
import { assembleChoices } from './distractors.ts';
import { foldName, namesFor, symbolsForName } from './gene-aliases.ts';
import { shuffle } from './random.ts';
import { recordName } from './pathway-direction.ts';

/** Species whose gene symbols the app names, the authority for them, and how their symbols are written. */
export const SPECIES: Record<string, { adjective: string; authority: string; symbol: RegExp }> = {
  'Homo sapiens': { adjective: 'human', authority: 'HGNC', symbol: /^[A-Z][A-Z0-9-]{1,19}$/ },
  'Mus musculus': { adjective: 'mouse', authority: 'MGI', symbol: /^[A-Z][a-z0-9-]{1,19}$/ },
  'Rattus norvegicus': { adjective: 'rat', authority: 'RGD', symbol: /^[A-Z][a-z0-9-]{1,19}$/ },
};

/**
 * A node drawn under a gene symbol: a single molecule with a gene
 * identifier, labelled as the species writes symbols (NTRK2, Ntrk2), and
 * not with a protein name the app knows (IKK1, not a symbol, though it looks like one).
 */
const symbolNode = (n: PathwayNode, symbol: RegExp) =>
  isMoleculeNode(n) && !n.members && symbol.test(n.label) && (n.identifiers ?? []).some((i) => GENE_DBS.has(i.db)) &&
  (symbolsForName(n.label)?.symbols ?? [n.label.toUpperCase()]).includes(n.label.toUpperCase());

/** The stem of a symbol, without its number: MAPK8 → MAPK, MAP2K1 → MAP2K, GRIN2B → GRIN, RPS6KA3 → RPS6KA. */
const stemOf = (symbol: string) => symbol.toUpperCase().replace(/\d+[A-Z]?$/, '');

/** The common protein name of a symbol that does not spell it out (TrkB for NTRK2; not mTOR for MTOR, CREB for CREB1). */
function proteinName(symbol: string): string | undefined {
  const s = foldName(symbol);
  return namesFor(symbol).find((n) => n.kind === 'alias' && !s.includes(foldName(n.name)) && !foldName(n.name).includes(s))?.name;
}

/**
 * "Which human gene (HGNC symbol) encodes TrkB?" for an imported pathway
 * that draws the gene product under its symbol (NTRK2). The key is the
 * label as drawn, so it is in the species' own case (Ntrk2 in a mouse
 * pathway), and only where the node carries a gene identifier and the app's
 * table of common protein names (gene-aliases.ts) names that symbol. Never
 * for a species the app has no symbol authority for, nor for a node whose
 * identifier the record also gives a node of another name (a data error:
 * WP2380 gives CEBPB the Entrez id of CREB1). Wrong options are other gene
 * symbols the pathway draws, first those of the key's
 * family (NTRK1, NTRK3 for NTRK2), then its neighbours.
 */
export function pathwayGeneQuestions(index: PackIndex, random: () => number): Question[] {
  const species = SPECIES[index.pack.provenance.database?.organism ?? ''];
  if (!species) return [];
  const genes = index.pack.nodes.filter((n) => symbolNode(n, species.symbol));
  const conflicted = (n: PathwayNode) => {
    const keys = new Set(geneKeys(n));
    return index.pack.nodes.some((m) => labelKey(m.label) !== labelKey(n.label) && !m.members && geneKeys(m).some((k) => keys.has(k)));
  };
  const out: Question[] = [];
  for (const copies of copiesByLabel(genes).values()) {
    const n = copies[0]!;
    const name = proteinName(n.label.toUpperCase());
    if (!name || copies.some(conflicted)) continue;
    const stem = stemOf(n.label);
    const neighbours = new Set(copies.flatMap((c) => [...index.outEdges.get(c.id)!.map((e) => e.target), ...index.inEdges.get(c.id)!.map((e) => e.source)]));
    const others = [...copiesByLabel(genes.filter((m) => !sameEntity(m, n))).values()].map((c) => c[0]!);
    const option = (m: PathwayNode, misconception?: string): Choice => ({ id: m.label, label: m.label, ...(misconception ? { misconception } : {}) });
    const preferred = [
      ...shuffle(others.filter((m) => stem !== n.label.toUpperCase() && stemOf(m.label) === stem), random).map((m) => option(m, `a gene with a similar symbol (${stem}…)`)),
      ...shuffle(others.filter((m) => neighbours.has(m.id)), random).map((m) => option(m, `the gene of a partner of ${name}`)),
    ];
    const choices = assembleChoices(option(n), preferred, others.map((m) => option(m)), 3, random);
    if (!choices) continue;
    const id = (n.identifiers ?? []).find((i) => GENE_DBS.has(i.db))!;
    out.push({
      kind: 'choice', family: 'gene', kc: `gene:${n.id}`,
      prompt: `Which ${species.adjective} gene (${species.authority} symbol) encodes ${name}?`,
      choices, answer: n.label, step: index.stepsOf(n.id)[0]?.id, nodes: [n.id],
      explanation: `${n.label} encodes ${name} (a common name of its product); ${recordName(index)} draws it under its gene symbol (${id.source ?? id.db} ${id.id}).`,
      evidence: n.evidence,
    });
  }
  return out;
}
