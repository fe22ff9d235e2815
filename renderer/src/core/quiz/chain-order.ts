import type { PackIndex } from '../graph/pack-index.ts';
import type { PathwayEdge, PathwayNode } from '../pack/schema.ts';
import { sameMolecule } from '../graph/relations.ts';
import { complexesOf, isLocationLabel, isMoleculeNode, labelKey, looksGarbled, memberRelated } from '../graph/entities.ts';
import { edgeSentence, stepEvidence } from '../graph/lesson-narration.ts';
import { edgeRole } from '../sim/edge-role.ts';
import type { Question } from './question.ts';
import { shuffle } from './random.ts';
import { recordName } from './pathway-direction.ts';

export const CHAIN_PROMPT = 'Put these in the order the signal passes through them in this pathway: each one links directly to the next.';

/** A node that may stand in a chain: a molecule, an event or a linked pathway, not a place marker or garbled text. */
const chainNode = (n: PathwayNode) => !n.device && !isLocationLabel(n) && !looksGarbled(n.label);

/** A link that carries the signal one step on: directed, signed, not membership of a complex. */
export const causalLink = (e: PathwayEdge) => edgeRole(e) !== 'none' && e.interaction !== 'part-of' && !e.device;

/**
 * Between the items, which links directly to which, by any copy of either (a
 * complex speaking for its members and a member for its complexes), along any
 * directed link: what a student could defend as "A comes right before B".
 */
export function itemLinks(index: PackIndex, items: readonly string[]): boolean[][] {
  const sets = items.map((id) => selvesOf(index, id));
  return sets.map((a) => sets.map((b) => a !== b && [...a].some((s) => index.outEdges.get(s)!.some((e) => e.directed !== false && e.interaction !== 'part-of' && b.has(e.target)))));
}

const selvesCache = new WeakMap<PackIndex, Map<string, ReadonlySet<string>>>();

/** A node, its copies and forms, and the complexes and members drawn with them. */
function selvesOf(index: PackIndex, id: string): ReadonlySet<string> {
  const cache = selvesCache.get(index) ?? new Map<string, ReadonlySet<string>>();
  selvesCache.set(index, cache);
  const hit = cache.get(id);
  if (hit) return hit;
  const complexes = complexesOf(index.pack);
  const me = index.node(id);
  const copies = index.pack.nodes.filter((n) => labelKey(n.label) === labelKey(me.label) || sameMolecule(me, n)).map((n) => n.id);
  const out = new Set(copies.flatMap((c) => [c, ...(index.node(c).members ?? []), ...(complexes.get(c) ?? [])]));
  cache.set(id, out);
  return out;
}

/** How many orders of the items make each link directly to the next (the key must be the only one). */
export function pathOrders(links: boolean[][]): number {
  const n = links.length;
  let count = 0;
  const walk = (at: number, seen: number, depth: number) => {
    if (depth === n) return void count++;
    for (let j = 0; j < n; j++) if (!(seen & (1 << j)) && links[at]![j]) walk(j, seen | (1 << j), depth + 1);
  };
  for (let i = 0; i < n; i++) walk(i, 1 << i, 1);
  return count;
}

/**
 * Order along the derived lesson of an imported pathway: a chain of one node
 * from each of `size` consecutive Basic steps, each reached from the one
 * before by a signed, directed link drawn in that step; every item but the
 * last is a molecule (or, first, a linked pathway), the last may be an event
 * or a phenotype. Items are node names
 * (never the step titles, which number the links). Kept only when the items
 * are different entities (no copy, complex member or form of another), the
 * start of the lesson is not drawn again after the first item, and the key
 * is the only order in which each item links directly to the next.
 */
export function chainOrderQuestions(index: PackIndex, random: () => number, size = 4): Question[] {
  const steps = index.visibleSteps('basic');
  const start = labelKey(index.node(index.pack.stimulus).label);
  const out: Question[] = [];
  const seen = new Set<string>();
  for (let i = 0; i + size <= steps.length; i++) {
    const window = steps.slice(i, i + size);
    const chains: { nodes: string[]; edges: PathwayEdge[] }[] = window[0]!.nodes.filter((id) => isMoleculeNode(index.node(id)) || index.node(id).kind === 'pathway').map((id) => ({ nodes: [id], edges: [] }));
    for (let k = 1; k < size; k++) {
      // Molecules pass the signal on; an event or phenotype may only end the chain.
      const fits = (id: string) => chainNode(index.node(id)) && (k === size - 1 || isMoleculeNode(index.node(id)));
      const next = chains.splice(0).flatMap((c) => window[k]!.edges.map((id) => index.edges.get(id)!)
        .filter((e) => e.source === c.nodes[c.nodes.length - 1] && causalLink(e) && window[k]!.nodes.includes(e.target) && fits(e.target))
        .map((e) => ({ nodes: [...c.nodes, e.target], edges: [...c.edges, e] })));
      chains.push(...next);
    }
    const distinct = (ids: string[]) => ids.every((a, x) => ids.every((b, y) => x >= y || !(sameMolecule(index.node(a), index.node(b)) || memberRelated(index.node(a), index.node(b)))));
    // The start drawn again further on (a feedback onto "Insulin signaling") would read as the beginning.
    const startLater = (ids: string[]) => ids.slice(1).some((id) => labelKey(index.node(id).label) === start);
    const chain = chains.find((c) => distinct(c.nodes) && !startLater(c.nodes) && pathOrders(itemLinks(index, c.nodes)) === 1);
    if (!chain) continue;
    const kc = `chain:${chain.nodes.join('>')}`;
    if (seen.has(kc)) continue;
    seen.add(kc);
    const items = chain.nodes.map((id) => ({ id, label: index.node(id).label }));
    let shuffled = shuffle(items, random);
    if (shuffled.every((s, k) => s.id === items[k]!.id)) shuffled = [...shuffled.slice(1), shuffled[0]!];
    out.push({
      kind: 'order', family: 'order', kc, prompt: CHAIN_PROMPT, items: shuffled, answer: chain.nodes, step: window[0]!.id, nodes: chain.nodes,
      explanation: `${chain.edges.map((e) => edgeSentence(e, index.nodes)).join(' ')} (As drawn in ${recordName(index)}.)`,
      evidence: stepEvidence(chain.edges),
    });
  }
  return out;
}
