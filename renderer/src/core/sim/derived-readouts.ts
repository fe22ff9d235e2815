import type { PathwayNode, PathwayPack, Readout } from '../pack/schema.ts';
import { PackIndex } from '../graph/pack-index.ts';
import { deriveLesson } from '../graph/derive-lesson.ts';
import { complexesOf, isLocationLabel, isMoleculeNode, labelKey, looksGarbled } from '../graph/entities.ts';
import { simulate } from './simulate.ts';

/** At most this many derived readouts; at most KEY_NODES of them on the way rather than at an end. */
export const READOUT_LIMIT = 12;
const KEY_NODES = 4;
const OUTCOMES = new Set<PathwayNode['kind']>(['phenotype', 'process', 'outcome', 'cell']);

/** "Apoptosis", "TCA Cycle" (a linked pathway), "NTRK2 active", "BDNF RNA made", "PIP3 made". */
function readoutLabel(n: PathwayNode): string {
  if (OUTCOMES.has(n.kind) || n.kind === 'pathway') return n.label;
  if (n.kind === 'rna') return `${n.label} RNA made`;
  if (n.kind === 'metabolite') return `${n.label} made`;
  return `${n.label} active`;
}

/**
 * Readouts for a pack that has none (an imported pathway), from its lesson
 * as it stands (its stimulus): what a student would check after a change.
 * Only nodes the stimulus switches on count (the lab compares with that
 * baseline), one per label, never the start (or another copy of it), a
 * location marker, a garbled label or a bare complex member. In order of
 * priority, up to 12:
 *   1. the end points of the Basic path: the phenotypes and sinks the main
 *      path leads to (what the lesson is about);
 *   2. up to 4 key nodes on the Basic path, spread evenly along it, so a
 *      result says how far the signal got;
 *   3. the other phenotypes and events the signal reaches, nearest first
 *      (the pathway's other outcomes).
 * Listed in causal order (links from the start), then file order.
 */
export function derivedReadouts(pack: PathwayPack): Readout[] {
  const lesson = deriveLesson(pack, pack.stimulus);
  const on = simulate(new PackIndex(pack), { stimulus: true, interventions: [] }).final.on;
  const members = complexesOf(pack);
  const directed = pack.edges.filter((e) => e.directed !== false && e.source !== e.target);
  const ownOut = (id: string) => directed.filter((e) => e.source === id && !(e.interaction === 'part-of' && members.get(id)?.includes(e.target)));
  const dist = new Map<string, number>();
  lesson.steps.forEach((s, i) => s.nodes.forEach((id) => dist.has(id) || dist.set(id, i)));
  const order = new Map(pack.nodes.map((n, i) => [n.id, i]));
  const start = labelKey(pack.nodes.find((n) => n.id === pack.stimulus)!.label);
  const eligible = (n: PathwayNode) =>
    labelKey(n.label) !== start && on.has(n.id) && lesson.reached.has(n.id) && !n.device && !isLocationLabel(n) && !looksGarbled(n.label) &&
    (isMoleculeNode(n) || OUTCOMES.has(n.kind) || n.kind === 'pathway') && !(members.has(n.id) && ownOut(n.id).length === 0);
  const nodes = pack.nodes.filter(eligible);
  const near = (a: PathwayNode, b: PathwayNode) => dist.get(a.id)! - dist.get(b.id)! || order.get(a.id)! - order.get(b.id)!;

  const basic = nodes.filter((n) => lesson.basicNodes.has(n.id));
  const ends = basic.filter((n) => !ownOut(n.id).some((e) => lesson.basicEdges.has(e.id))).sort(near);
  // Spread along the main path (evenly by depth), so a lost readout says how far the signal got.
  const onTheWay = basic.filter((n) => !ends.includes(n) && isMoleculeNode(n)).sort(near);
  const keys = onTheWay.length <= KEY_NODES ? onTheWay : [...new Set(Array.from({ length: KEY_NODES }, (_, i) => onTheWay[Math.floor(((i + 1) * onTheWay.length) / (KEY_NODES + 1))]!))];
  const outcomes = nodes.filter((n) => OUTCOMES.has(n.kind)).sort(near);

  const chosen: PathwayNode[] = [];
  const labels = new Set<string>();
  for (const n of [...ends, ...keys, ...outcomes]) {
    if (chosen.length >= READOUT_LIMIT || labels.has(labelKey(n.label))) continue;
    labels.add(labelKey(n.label));
    chosen.push(n);
  }
  return chosen.sort(near).map((n) => ({ node: n.id, label: readoutLabel(n).slice(0, 80) }));
}
