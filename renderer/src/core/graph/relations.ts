import type { PathwayEdge, PathwayNode } from '../pack/schema.ts';
import type { PackIndex } from './pack-index.ts';
import { containsWord } from '../util/text-match.ts';
import { complexesOf, geneKeys, memberRelated } from './entities.ts';

export { containsWord };

/** Nodes drawn as an event rather than a molecule: a process, a cell's activity. */
export const isEvent = (n: PathwayNode) => n.kind === 'process' || n.kind === 'cell' || n.kind === 'outcome';

/** A ligand that acts in an extracellular space after release (glutamate, BDNF…). */
export function isSecretedLigand(index: PackIndex, n: PathwayNode): boolean {
  const home = index.pack.compartments.find((c) => c.id === n.compartment);
  return home?.kind === 'extracellular' && (n.kind === 'neurotransmitter' || n.kind === 'growth-factor');
}

/**
 * The same molecule at another place or stage: the two nodes share a gene
 * (TrkB and presynaptic TrkB) or a gene identifier (two drawn copies of
 * NTRK2), or one label contains the other as a word (Glutamate and
 * Glutamate burst; Ca²⁺ and Ca²⁺ release; MAPK3 and the box MAPK3:MAPK1).
 */
export function sameMolecule(a: PathwayNode, b: PathwayNode): boolean {
  if (a.id === b.id) return true;
  const cached = sameCache.get(a)?.get(b);
  if (cached !== undefined) return cached;
  const keys = geneKeys(a);
  const same = geneKeys(b).some((k) => keys.includes(k)) || containsName(a.label, b.label) || containsName(b.label, a.label);
  if (!sameCache.has(a)) sameCache.set(a, new WeakMap());
  sameCache.get(a)!.set(b, same);
  return same;
}

/** Pairs already compared (labels are matched with regular expressions, and imported pathways ask often). */
const sameCache = new WeakMap<PathwayNode, WeakMap<PathwayNode, boolean>>();

/** Like containsWord, but a hyphen joins: "GABA-A receptor" does not contain "GABA". */
const containsName = (text: string, name: string) => containsWord(text, name, { joiners: '-' });

const adjacent = (index: PackIndex, a: string, b: string) =>
  index.outEdges.get(a)!.some((e) => e.target === b) || index.outEdges.get(b)!.some((e) => e.target === a);

/**
 * Too close to be a fair wrong option for each other: the same molecule at
 * another stage, or directly linked where one of them is an event (a
 * process and its product, like Glutamate burst → Glutamate, or two
 * consecutive processes, like Ca²⁺ release → Heterologous release).
 */
export function tooClose(index: PackIndex, a: string, b: string): boolean {
  const na = index.node(a);
  const nb = index.node(b);
  return sameMolecule(na, nb) || memberRelated(na, nb) || (adjacent(index, a, b) && (isEvent(na) || isEvent(nb)));
}

/**
 * Every node a careful student could defend as "what X acts on directly"
 * (downstream) or "what acts directly on X" (upstream): the direct partners,
 * the partners of the same molecule elsewhere, and the partners one step
 * through an event (presynaptic TrkB acts on glutamate through the burst).
 */
export function defensibleAnswers(index: PackIndex, subject: string, direction: 'downstream' | 'upstream'): ReadonlySet<string> {
  const cache = defensibleCache.get(index) ?? new Map<string, ReadonlySet<string>>();
  defensibleCache.set(index, cache);
  const key = `${direction}:${subject}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const found = findDefensible(index, subject, direction);
  cache.set(key, found);
  return found;
}

const defensibleCache = new WeakMap<PackIndex, Map<string, ReadonlySet<string>>>();

function findDefensible(index: PackIndex, subject: string, direction: 'downstream' | 'upstream'): Set<string> {
  const down = direction === 'downstream';
  const links = (id: string) => (down ? index.outEdges.get(id)! : index.inEdges.get(id)!);
  const far = (e: PathwayEdge) => (down ? e.target : e.source);
  const me = index.node(subject);
  // Itself elsewhere, and what it is drawn with: a complex speaks for its members and a member for its complex.
  const complexes = complexesOf(index.pack);
  const selves = index.pack.nodes.filter((n) => sameMolecule(me, n)).map((n) => n.id);
  for (const s of [...selves]) selves.push(...(index.node(s).members ?? []), ...(complexes.get(s) ?? []));
  const out = new Set<string>();
  // A plain line gives no direction: its other end is defensible either way.
  const lines = (id: string) => [...index.outEdges.get(id)!.filter((e) => e.directed === false).map((e) => e.target), ...index.inEdges.get(id)!.filter((e) => e.directed === false).map((e) => e.source)];
  for (const s of selves) {
    for (const id of lines(s)) out.add(id);
    for (const first of links(s)) {
      const partner = far(first);
      out.add(partner);
      // A partner complex stands for its members, a partner member for its complexes.
      for (const id of [...(index.node(partner).members ?? []), ...(complexes.get(partner) ?? [])]) out.add(id);
      // One step further through an event (the burst releases glutamate), a
      // requirement link (BDNF, through TrkB, is needed for VEGF release), or a
      // receptor onto an event (BDNF, through presynaptic TrkB, induces glutamate release).
      for (const second of links(partner)) {
        const requirement = (down ? second : first).kind === 'necessary';
        const ontoEvent = index.node(partner).kind === 'receptor' && isEvent(index.node(down ? far(second) : subject));
        // A metabolite and what it is turned into (PLCγ acts on PIP2, giving IP3 and DAG).
        const turnedInto = index.node(partner).kind === 'metabolite' && index.node(far(second)).kind === 'metabolite';
        if (isEvent(index.node(partner)) || requirement || ontoEvent || turnedInto) out.add(far(second));
      }
    }
  }
  // What the figure leaves undrawn but a student may rightly say (glutamate acts on NMDA receptors).
  if (down) me.alsoActsOn?.forEach((id) => out.add(id));
  else index.pack.nodes.filter((n) => n.alsoActsOn?.includes(subject)).forEach((n) => out.add(n.id));
  out.delete(subject);
  return out;
}

const distanceCache = new WeakMap<PackIndex, Map<string, ReadonlyMap<string, number>>>();

/** Undirected distance from a node to every other, for choosing wrong options from the same part of the pathway. */
export function distances(index: PackIndex, from: string): ReadonlyMap<string, number> {
  const cache = distanceCache.get(index) ?? new Map<string, ReadonlyMap<string, number>>();
  distanceCache.set(index, cache);
  const hit = cache.get(from);
  if (hit) return hit;
  const dist = new Map([[from, 0]]);
  const queue = [from];
  for (let q = 0; q < queue.length; q++) {
    const id = queue[q]!;
    for (const next of [...index.outEdges.get(id)!.map((e) => e.target), ...index.inEdges.get(id)!.map((e) => e.source)]) {
      if (!dist.has(next)) {
        dist.set(next, dist.get(id)! + 1);
        queue.push(next);
      }
    }
  }
  cache.set(from, dist);
  return dist;
}
