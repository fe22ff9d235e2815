import type { Intervention, PathwayNode, PathwayPack } from '../pack/schema.ts';
import { complexesOf, isMoleculeNode, labelKey } from '../graph/entities.ts';
import { carriesSignal } from './edge-role.ts';

/** The evidence of every model tool: no experiment, so the lab shows a model prediction. */
export const MODEL_TOOL_EVIDENCE: Intervention['evidence'] = {
  status: 'unverified',
  refs: [],
  note: 'No experiment is attached: the app offers this tool on every node of an imported pathway, and the lab shows what the model predicts, not a finding.',
};

/** A tool the app made up for an imported pathway ("Inhibit X"), not an authored one. */
export const isModelTool = (iv: Intervention) => !iv.experiment && iv.evidence.note === MODEL_TOOL_EVIDENCE.note;

/** A node a tool can act on: a molecule or a linked pathway, not an event, a place or a garbled label. */
const toolNode = (n: PathwayNode) => isMoleculeNode(n) || (n.kind === 'pathway' && !n.device);

const safeId = (prefix: string, node: string, i: number) => (`${prefix}-${node}`.length <= 64 ? `${prefix}-${node}` : `${prefix}-n${i}`);

/**
 * "Inhibit X" and "Activate X" for every entity of a pack that has no
 * authored interventions (an imported pathway), so the lab works on any
 * pathway. One entity is every drawn copy of one label (a drug reaches
 * them all; RNA copies are a separate entity, "X (RNA)"). Left out: events
 * and phenotypes (no drug targets "Apoptosis" as such), location markers,
 * garbled labels, and complex members whose only link is their membership
 * (inert in the model: act on the complex). "Activate" is not offered for
 * the start, which the stimulus already switches on. Order: entities in the
 * order the lesson reaches them, then the rest in file order.
 *
 * Acute tools (kind "drug": no chronic adaptation), with evidence
 * MODEL_TOOL_EVIDENCE and no `experiment`, so the lab labels every result
 * a model prediction. A runtime view: with more than 200 tools or more
 * than 10 copies per entity the list exceeds the file format's limits, so
 * it is never stored or exported.
 */
export function modelInterventions(pack: PathwayPack): Intervention[] {
  const members = complexesOf(pack);
  const signalOut = new Set(pack.edges.filter((e) => carriesSignal(e) && !(e.interaction === 'part-of' && members.get(e.source)?.includes(e.target))).map((e) => e.source));
  const signalIn = new Set(pack.edges.filter(carriesSignal).map((e) => e.target));
  // A bare member: in a complex, and no signal-carrying link of its own in or out.
  const bare = (n: PathwayNode) => members.has(n.id) && !signalOut.has(n.id) && !signalIn.has(n.id);
  const firstStep = new Map<string, number>();
  pack.steps.forEach((s, i) => s.nodes.forEach((id) => firstStep.has(id) || firstStep.set(id, i)));
  const order = new Map(pack.nodes.map((n, i) => [n.id, i]));
  const rank = (id: string) => [firstStep.get(id) ?? Infinity, order.get(id)!] as const;

  const entities = new Map<string, PathwayNode[]>();
  for (const n of pack.nodes.filter((x) => toolNode(x) && !bare(x))) {
    const key = `${labelKey(n.label)}${n.kind === 'rna' ? ' (rna)' : ''}`;
    entities.set(key, [...(entities.get(key) ?? []), n]);
  }
  const groups = [...entities.values()].sort((a, b) => {
    const [ra, rb] = [Math.min(...a.map((n) => rank(n.id)[0])), Math.min(...b.map((n) => rank(n.id)[0]))];
    return ra - rb || rank(a[0]!.id)[1] - rank(b[0]!.id)[1];
  });

  const out: Intervention[] = [];
  groups.forEach((copies, i) => {
    const first = copies[0]!;
    const name = `${first.label}${first.kind === 'rna' ? ' (RNA)' : ''}`;
    const drawn = copies.length > 1 ? ` (all ${copies.length} places it is drawn)` : '';
    const partOf = copies.flatMap((n) => members.get(n.id) ?? []).map((id) => pack.nodes.find((n) => n.id === id)!.label);
    const complexNote = partOf.length
      ? ` It is also drawn inside ${[...new Set(partOf)].join(', ')}: in this model a complex stays on while any of its members or inputs drives it, so act on the complex to silence it.`
      : '';
    const targets = copies.map((n) => ({ node: n.id }));
    const common = { kind: 'drug' as const, targets, evidence: MODEL_TOOL_EVIDENCE };
    out.push({
      ...common, id: safeId('inhibit', first.id, i), name: `Inhibit ${name}`, action: 'inhibit',
      mechanism: `Switches ${name} off (a thought experiment: no particular drug)`,
      description: `Holds ${name} off${drawn} and lets the model predict what follows. No experiment is attached.${complexNote}`,
    });
    if (copies.some((n) => n.id === pack.stimulus)) return;
    out.push({
      ...common, id: safeId('activate', first.id, i), name: `Activate ${name}`, action: 'activate',
      mechanism: `Switches ${name} on (a thought experiment: no particular drug)`,
      description: `Holds ${name} on${drawn}, whatever its inputs, and lets the model predict what follows. No experiment is attached.`,
    });
  });
  return out;
}
