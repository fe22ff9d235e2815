import type { PathwayEdge, PathwayNode, PathwayPack, Step } from '../pack/schema.ts';
import { edgeSentence, listNames, narrate, nodeName, stepEvidence } from './lesson-narration.ts';
import { complexesOf, copiesByLabel, isLocationLabel, labelKey, looksGarbled } from './entities.ts';

/** Basic detail follows at most this many end points, and stays within this many nodes (the first path is always whole). */
export const BASIC_LIMITS = { ends: 3, nodes: 20 };
const STEP_LIMIT = { nodes: 60, edges: 60, steps: 500 };

export interface DerivedLesson {
  stimulus: string;
  steps: Step[];
  /** Nodes and edges of the main path(s): everything else is advanced. */
  basicNodes: Set<string>;
  basicEdges: Set<string>;
  /** Nodes reachable from the start (the start included). */
  reached: Set<string>;
}

/** Edges that carry a direction (plain undirected lines do not). */
const directedEdges = (pack: PathwayPack) => pack.edges.filter((e) => e.directed !== false && e.source !== e.target);

function outMap(pack: PathwayPack): Map<string, PathwayEdge[]> {
  const out = new Map<string, PathwayEdge[]>(pack.nodes.map((n) => [n.id, []]));
  for (const e of directedEdges(pack)) out.get(e.source)?.push(e);
  return out;
}

function bfs(out: Map<string, PathwayEdge[]>, start: string): { dist: Map<string, number>; parent: Map<string, PathwayEdge> } {
  const dist = new Map([[start, 0]]);
  const parent = new Map<string, PathwayEdge>();
  const queue = [start];
  for (let q = 0; q < queue.length; q++) {
    const id = queue[q]!;
    for (const e of out.get(id) ?? []) {
      if (dist.has(e.target)) continue;
      dist.set(e.target, dist.get(id)! + 1);
      parent.set(e.target, e);
      queue.push(e.target);
    }
  }
  return { dist, parent };
}

export interface StartCandidate {
  node: string;
  label: string;
  /** Nodes the signal reaches from here along directed links, the start included. */
  reach: number;
  /** No directed link comes into it: a natural place for a signal to start. */
  source: boolean;
  /** How many nodes carry this label (the same entity drawn several times); `node` is the copy that reaches most. */
  copies: number;
}

/**
 * Where the student may start the signal, best first: sources (nodes with
 * outgoing but no incoming directed links) by reach, then every other node
 * by reach; ties in file order. A source that only inhibits comes after the
 * other sources: a signal started there can only switch things off (WP2380's
 * LINGO1 reaches most, through its inhibition of NTRK2). One entry per label (the copy that reaches
 * most). Never a bare member of a drawn complex, one whose only link is its
 * membership (the complex is what acts: start there), nor a location marker
 * ("CY"), nor a label garbled by a wrong encoding, nor a node that reaches nothing.
 */
export function startCandidates(pack: PathwayPack): StartCandidate[] {
  const out = outMap(pack);
  const hasInput = new Set(directedEdges(pack).map((e) => e.target));
  const members = complexesOf(pack);
  const own = (id: string) => out.get(id)!.filter((e) => e.target !== id && !(e.interaction === 'part-of' && members.get(id)?.includes(e.target)));
  const all = pack.nodes
    .filter((n) => !isLocationLabel(n) && !looksGarbled(n.label) && own(n.id).length > 0)
    .map((n) => ({ node: n.id, label: n.label, reach: bfs(out, n.id).dist.size, source: !hasInput.has(n.id), rank: hasInput.has(n.id) ? 2 : own(n.id).every((e) => e.kind === 'negative') ? 1 : 0 }))
    .sort((a, b) => a.rank - b.rank || b.reach - a.reach);
  const byLabel = copiesByLabel(pack.nodes);
  const seen = new Set<string>();
  return all
    .filter((c) => !seen.has(labelKey(c.label)) && seen.add(labelKey(c.label)))
    .map(({ rank: _, ...c }) => ({ ...c, copies: byLabel.get(labelKey(c.label))!.length }));
}

/**
 * The default start: the best start candidate (the source that reaches most;
 * when every node has an input, the node that reaches most), never a bare
 * complex member; the first node when nothing has an outgoing link.
 */
export function defaultStart(pack: PathwayPack): string {
  return startCandidates(pack)[0]?.node ?? pack.nodes[0]!.id;
}

const ENDS_FIRST = new Set<PathwayNode['kind']>(['phenotype', 'process', 'outcome', 'cell']);

/**
 * Steps by causal depth from `start`: step k shows the nodes first reached
 * after k links, with the links that reach them (and links back onto nodes
 * already shown). Basic = the shortest paths from the start to its main end
 * points: reached nodes with no outgoing link, phenotypes first, then the
 * farthest, then file order; up to BASIC_LIMITS. Advanced = everything reachable.
 */
export function deriveLesson(pack: PathwayPack, start = defaultStart(pack)): DerivedLesson {
  const nodes = new Map(pack.nodes.map((n) => [n.id, n]));
  if (!nodes.has(start)) throw new Error(`unknown start node "${start}"`);
  const out = outMap(pack);
  const { dist, parent } = bfs(out, start);
  const order = new Map(pack.nodes.map((n, i) => [n.id, i]));

  const basicNodes = new Set([start]);
  const sinks = [...dist.keys()].filter((id) => id !== start && !(out.get(id) ?? []).some((e) => e.target !== id));
  const ends = (sinks.length ? sinks : [...dist.keys()].filter((id) => id !== start)).sort((a, b) =>
    Number(ENDS_FIRST.has(nodes.get(b)!.kind)) - Number(ENDS_FIRST.has(nodes.get(a)!.kind)) || dist.get(b)! - dist.get(a)! || order.get(a)! - order.get(b)!);
  let taken = 0;
  for (const end of ends) {
    if (taken >= BASIC_LIMITS.ends) break;
    const path: string[] = [];
    for (let at: string | undefined = end; at && at !== start; at = parent.get(at)?.source) path.push(at);
    const fresh = path.filter((id) => !basicNodes.has(id));
    if (taken > 0 && basicNodes.size + fresh.length > BASIC_LIMITS.nodes) continue;
    fresh.forEach((id) => basicNodes.add(id));
    taken++;
  }
  const isBasicEdge = (e: PathwayEdge) => basicNodes.has(e.source) && basicNodes.has(e.target) && dist.get(e.target) === dist.get(e.source)! + 1;
  const basicEdges = new Set(directedEdges(pack).filter((e) => dist.has(e.source) && isBasicEdge(e)).map((e) => e.id));

  const steps: Step[] = [];
  const startNode = nodes.get(start)!;
  steps.push({
    id: 's1', title: `Start: ${nodeName(startNode, start)}`.slice(0, 80),
    narration: `The signal starts at ${nodeName(startNode, start)}.`, nodes: [start], edges: [],
    timeScale: 'not stated', timeNote: 'The pathway diagram does not say how fast this happens.', detail: 'basic', evidence: stepEvidence([startNode]),
  });
  const directed = directedEdges(pack);
  const maxDepth = Math.max(...dist.values());
  const byDepth = (k: number) => pack.nodes.filter((n) => dist.get(n.id) === k).map((n) => n.id);
  for (let k = 1; k <= maxDepth + 1; k++) {
    const into = directed.filter((e) => dist.get(e.source) === k - 1 && dist.has(e.target) && dist.get(e.target)! <= k);
    const layer = byDepth(k);
    emit(steps, nodes, k, layer.filter((id) => basicNodes.has(id)), into.filter((e) => basicEdges.has(e.id)), 'basic');
    emit(steps, nodes, k, layer.filter((id) => !basicNodes.has(id)), into.filter((e) => !basicEdges.has(e.id)), 'advanced');
  }
  return { stimulus: start, steps: steps.slice(0, STEP_LIMIT.steps), basicNodes, basicEdges, reached: new Set(dist.keys()) };
}

/** Adds one step per chunk of at most 60 nodes and 60 edges; each edge's target is listed with it. */
function emit(steps: Step[], nodes: Map<string, PathwayNode>, depth: number, newNodes: string[], edges: PathwayEdge[], detail: 'basic' | 'advanced'): void {
  const chunks: { nodes: string[]; edges: PathwayEdge[] }[] = [];
  let chunk = { nodes: [] as string[], edges: [] as PathwayEdge[] };
  const targets = [...new Set([...newNodes, ...edges.map((e) => e.target)])];
  for (const t of targets) {
    const incoming = edges.filter((e) => e.target === t);
    for (let i = 0; i === 0 || i < incoming.length; i += STEP_LIMIT.edges) {
      const part = incoming.slice(i, i + STEP_LIMIT.edges);
      if (chunk.nodes.length + 1 > STEP_LIMIT.nodes || chunk.edges.length + part.length > STEP_LIMIT.edges) {
        chunks.push(chunk);
        chunk = { nodes: [], edges: [] };
      }
      if (!chunk.nodes.includes(t)) chunk.nodes.push(t);
      chunk.edges.push(...part);
    }
  }
  if (chunk.nodes.length) chunks.push(chunk);
  for (const c of chunks) {
    const fresh = c.nodes.filter((id) => newNodes.includes(id));
    const names = (fresh.length ? fresh : c.nodes).map((id) => nodeName(nodes.get(id), id));
    const lead = fresh.length ? `${detail === 'advanced' ? 'Also: ' : ''}${listNames(names, 60)}` : `Links back onto ${listNames(names, 50)}`;
    steps.push({
      id: `s${steps.length + 1}`, title: `${depth} ${depth === 1 ? 'link' : 'links'} away: ${lead}`.slice(0, 80),
      narration: narrate(c.edges.map((e) => edgeSentence(e, nodes))) || `${listNames(names, 200)} ${names.length > 1 ? 'are' : 'is'} reached.`,
      nodes: c.nodes, edges: c.edges.map((e) => e.id), timeScale: 'not stated', timeNote: 'The pathway diagram does not say how fast this happens.',
      detail, evidence: stepEvidence([...c.edges, ...c.nodes.map((id) => nodes.get(id)!)]),
    });
  }
}

/**
 * The pack with its lesson derived from another start: stimulus, steps and
 * basic/advanced detail. Hand-written quiz items keep their text but lose a
 * link to a step that no longer exists.
 */
export function withLesson(pack: PathwayPack, start?: string): PathwayPack {
  const lesson = deriveLesson(pack, start);
  const stepIds = new Set(lesson.steps.map((s) => s.id));
  // A complex on the main path is drawn with its members: Basic must not show an empty box.
  const basic = new Set(lesson.basicNodes);
  for (const n of pack.nodes) if (lesson.basicNodes.has(n.id)) n.members?.forEach((m) => basic.add(m));
  const memberOf = (e: PathwayEdge) => e.interaction === 'part-of' && !!pack.nodes.find((n) => n.id === e.target)?.members?.includes(e.source);
  return {
    ...pack,
    quiz: pack.quiz.map(({ step, ...q }) => (step && stepIds.has(step) ? { ...q, step } : q)),
    stimulus: lesson.stimulus,
    steps: lesson.steps,
    nodes: pack.nodes.map((n) => ({ ...n, detail: basic.has(n.id) ? 'basic' : 'advanced' })),
    edges: pack.edges.map((e) => ({ ...e, detail: basic.has(e.source) && basic.has(e.target) && (lesson.basicEdges.has(e.id) || e.directed === false || memberOf(e)) ? 'basic' : 'advanced' })),
  };
}
