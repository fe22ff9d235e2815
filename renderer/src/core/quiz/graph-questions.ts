import type { PackIndex } from '../graph/pack-index.ts';
import type { PathwayEdge } from '../pack/schema.ts';
import type { Choice, Question } from './question.ts';
import { assembleChoices } from './distractors.ts';
import { shuffle } from './random.ts';

const nodeChoice = (index: PackIndex, id: string, misconception?: string): Choice => ({ id, label: index.node(id).label, ...(misconception ? { misconception } : {}) });
const stepOf = (index: PackIndex, edge: PathwayEdge) => index.pack.steps.find((s) => s.edges.includes(edge.id))?.id;
const model = (e: PathwayEdge) => (e.evidence.status === 'model' ? " (the authors' model)" : '');

/** "What does X act on directly?" and "What acts directly on Y?" for every edge. */
export function directionQuestions(index: PackIndex, random: () => number): Question[] {
  const out: Question[] = [];
  const all = index.pack.nodes.map((n) => nodeChoice(index, n.id));
  for (const e of index.pack.edges) {
    const sentence = `${index.node(e.source).label} → ${index.node(e.target).label}: ${e.mechanism}${model(e)}.`;
    for (const dir of ['downstream', 'upstream'] as const) {
      // Asked from one end of the edge; the answer is the other end. Reversing the
      // arrow and skipping a step are the classic slips, so they are the distractors.
      const down = dir === 'downstream';
      const [from, answer] = down ? [e.source, e.target] : [e.target, e.source];
      const ahead = (id: string) => (down ? index.outEdges.get(id)!.map((x) => x.target) : index.inEdges.get(id)!.map((x) => x.source));
      const behind = (id: string) => (down ? index.inEdges.get(id)!.map((x) => x.source) : index.outEdges.get(id)!.map((x) => x.target));
      const correct = new Set(ahead(from));
      const allowed = (c: Choice) => !correct.has(c.id) && c.id !== from;
      const slips = [
        ...behind(from).map((id) => nodeChoice(index, id, down ? 'reversed direction: this acts on it' : 'reversed direction: this comes after')),
        ...ahead(answer).map((id) => nodeChoice(index, id, down ? 'skips a step: this comes after' : 'skips a step: this acts earlier')),
      ];
      const choices = assembleChoices(nodeChoice(index, answer), shuffle(slips, random).filter(allowed), all.filter(allowed), 3, random);
      if (!choices) continue;
      const label = index.node(from).label;
      out.push({
        kind: 'choice', family: dir, kc: `edge:${e.id}`,
        prompt: down ? `What does ${label} act on directly in this pathway?` : `What acts directly on ${label} in this pathway?`,
        choices, answer, step: stepOf(index, e), nodes: [e.source, e.target], explanation: sentence, evidence: e.evidence,
      });
    }
  }
  return out;
}

/** Put a window of four consecutive main-line steps in order. */
export function orderQuestions(index: PackIndex, random: () => number, size = 4): Question[] {
  const steps = index.visibleSteps('basic');
  const out: Question[] = [];
  for (let i = 0; i + size <= steps.length; i++) {
    const window = steps.slice(i, i + size);
    const items = window.map((s) => ({ id: s.id, label: s.title }));
    let shuffled = shuffle(items, random);
    if (shuffled.every((s, k) => s.id === items[k]!.id)) shuffled = [...shuffled.slice(1), shuffled[0]!];
    out.push({
      kind: 'order', family: 'order', kc: `order:${window[0]!.id}`, prompt: 'Put these steps in the order they happen.',
      items: shuffled, answer: window.map((s) => s.id), step: window[0]!.id, nodes: window.flatMap((s) => s.nodes),
      explanation: `Each step is driven by the one before it: ${window.map((s) => s.title).join(' → ')}.`,
    });
  }
  return out;
}

/** Match each ligand with the receptor it binds (main line only). */
export function pairQuestions(index: PackIndex, random: () => number): Question[] {
  const binds = index.pack.edges.filter((e) => e.detail === 'basic' && /\bbinds?\b/i.test(e.mechanism) && index.node(e.target).kind === 'receptor');
  if (binds.length < 2) return [];
  const left = binds.map((e) => nodeChoice(index, e.source));
  const right = shuffle(binds.map((e) => nodeChoice(index, e.target)), random);
  return [{
    kind: 'match', family: 'pairs', kc: 'pairs:ligand-receptor', prompt: 'Match each ligand with the receptor it acts on in this figure.',
    left, right, answer: Object.fromEntries(binds.map((e) => [e.source, e.target])),
    step: index.pack.steps.find((s) => s.edges.includes(binds[0]!.id))?.id, nodes: binds.flatMap((e) => [e.source, e.target]),
    explanation: binds.map((e) => `${index.node(e.source).label}–${index.node(e.target).label}`).join('; ') + '.',
  }];
}

/** Where does it happen? Wrong cells (pyramidal for interneuron and so on) are the distractors. */
export function compartmentQuestions(index: PackIndex, random: () => number): Question[] {
  const comps = index.pack.compartments.filter((c) => c.kind !== 'behaviour');
  const out: Question[] = [];
  for (const n of index.pack.nodes) {
    const home = comps.find((c) => c.id === n.compartment);
    if (!home) continue;
    const others = comps.filter((c) => c.id !== home.id).map((c) => ({ id: c.id, label: c.label, ...(c.kind === home.kind ? { misconception: 'a different cell' } : {}) }));
    const choices = assembleChoices({ id: home.id, label: home.label }, others.filter((o) => o.misconception), others, 3, random);
    if (!choices) continue;
    out.push({
      kind: 'choice', family: 'compartment', kc: `where:${n.id}`, prompt: `In this figure, where is ${n.fullName && n.fullName.length < 70 ? n.fullName : n.label}?`,
      choices, answer: home.id, step: index.stepsOf(n.id)[0]?.id, nodes: [n.id],
      explanation: `${n.label}: ${home.label}.`, evidence: n.evidence,
    });
  }
  return out;
}

/** Find a node on the diagram (click it or select it with the keyboard). */
export function locateQuestions(index: PackIndex): Question[] {
  return index.pack.nodes.filter((n) => n.detail === 'basic').map((n) => ({
    kind: 'locate', family: 'locate', kc: `locate:${n.id}`, prompt: `Find ${n.fullName && n.fullName.length < 70 ? `${n.label} (${n.fullName})` : n.label} on the diagram.`,
    node: n.id, step: index.stepsOf(n.id)[0]?.id, nodes: [n.id],
    explanation: `${n.label} sits in: ${index.pack.compartments.find((c) => c.id === n.compartment)?.label ?? n.compartment}.`,
  }));
}
