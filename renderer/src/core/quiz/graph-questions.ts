import type { PackIndex } from '../graph/pack-index.ts';
import { containsWord, defensibleAnswers, distances, sameMolecule, tooClose } from '../graph/relations.ts';
import { inSentence } from './wording.ts';
import { TIME_SCALES, type PathwayEdge } from '../pack/schema.ts';
import type { Choice, Question } from './question.ts';
import { assembleChoices } from './distractors.ts';
import { shuffle } from './random.ts';

const nodeChoice = (index: PackIndex, id: string, misconception?: string): Choice => ({ id, label: index.node(id).label, ...(misconception ? { misconception } : {}) });
const stepOf = (index: PackIndex, edge: PathwayEdge) => index.pack.steps.find((s) => s.edges.includes(edge.id))?.id;
export const isModel = (e: { evidence: { status: string } }) => e.evidence.status === 'model' || e.evidence.status === 'unverified';
const trusted = (e: PathwayEdge) => !isModel(e) && !e.device;
/**
 * Links worth asking about: not a modelling device, not a molecule and its own
 * release (Glutamate burst → Glutamate), and not an association with a
 * behavioural outcome, which nothing "acts on directly".
 */
const askable = (index: PackIndex, e: PathwayEdge) =>
  !e.device && !index.node(e.source).device && !index.node(e.target).device && !sameMolecule(index.node(e.source), index.node(e.target)) &&
  index.node(e.target).kind !== 'outcome';
/** The link a question keys on when a node has several: drawn in Basic detail first, then the best evidenced. */
const preference = (e: PathwayEdge) => (e.detail === 'basic' ? 0 : 2) + (trusted(e) ? 0 : 1);

/**
 * "What does X act on directly?" and "What acts directly on X?", one of each
 * per node, so a prompt always has one key. Wrong options are the classic
 * slips (reversing the arrow, skipping a step) and never a node a careful
 * student could defend, nor one too close to the key (its product, the same
 * molecule elsewhere).
 */
export function directionQuestions(index: PackIndex, random: () => number): Question[] {
  const out: Question[] = [];
  const all = index.pack.nodes.filter((n) => !n.device).map((n) => nodeChoice(index, n.id));
  for (const dir of ['downstream', 'upstream'] as const) {
    const down = dir === 'downstream';
    const ahead = (id: string) => (down ? index.outEdges.get(id)!.map((x) => x.target) : index.inEdges.get(id)!.map((x) => x.source));
    const behind = (id: string) => (down ? index.inEdges.get(id)!.map((x) => x.source) : index.outEdges.get(id)!.map((x) => x.target));
    for (const subject of index.pack.nodes) {
      const edges = (down ? index.outEdges.get(subject.id)! : index.inEdges.get(subject.id)!).filter((e) => askable(index, e));
      const e = [...edges].sort((a, b) => preference(a) - preference(b))[0];
      if (!e) continue;
      const answer = down ? e.target : e.source;
      const defensible = defensibleAnswers(index, subject.id, dir);
      const allowed = (c: Choice) => c.id !== subject.id && !index.node(c.id).device && !defensible.has(c.id) && !tooClose(index, c.id, answer) && !sameMolecule(subject, index.node(c.id));
      const slips = [
        ...behind(subject.id).map((id) => nodeChoice(index, id, down ? 'reversed direction: this acts on it' : 'reversed direction: this comes after')),
        ...ahead(answer).map((id) => nodeChoice(index, id, down ? 'skips a step: this comes after' : 'skips a step: this acts earlier')),
      ];
      // Fillers from the same part of the pathway, nearest first: plausible, yet not defensible.
      const dist = distances(index, subject.id);
      const near = shuffle(all.filter(allowed), random).sort((a, b) => (dist.get(a.id) ?? 99) - (dist.get(b.id) ?? 99));
      const choices = assembleChoices(nodeChoice(index, answer), shuffle(slips, random).filter(allowed), near, 3, random, { ordered: true });
      if (!choices) continue;
      const model = isModel(e);
      const place = index.pack.compartments.find((c) => c.id === subject.compartment)?.label;
      const ask = down ? `what does ${inSentence(subject, place)} act on directly` : `what acts directly on ${inSentence(subject, place)}`;
      if (containsWord(ask, index.node(answer).label, 'iu')) continue; // "What acts on the GABA-A receptor?" would give GABA away
      const arrow = e.kind === 'negative' ? '⊣' : '→';
      out.push({
        kind: 'choice', family: dir, kc: `edge:${e.id}`,
        prompt: model ? `In the authors' model, ${ask}?` : `${ask[0]!.toUpperCase()}${ask.slice(1)} in this pathway?`,
        choices, answer, step: stepOf(index, e), nodes: [e.source, e.target],
        explanation: `${index.node(e.source).label} ${arrow} ${index.node(e.target).label}: ${e.mechanism}${model ? " (the authors' model, not a tested link)" : ''}.`,
        evidence: e.evidence,
      });
    }
  }
  return out;
}

/**
 * Put four consecutive main-line steps in order. Only windows where each step
 * is driven by the one before through a verified or established link, and
 * time runs forward: the antidepressant effect is associated with, not caused
 * by, the 24-hour spine formation, so it is never ordered after it.
 */
export function orderQuestions(index: PackIndex, random: () => number, size = 4): Question[] {
  const steps = index.visibleSteps('basic');
  const drives = (a: (typeof steps)[number], b: (typeof steps)[number]) =>
    TIME_SCALES.indexOf(b.timeScale) >= TIME_SCALES.indexOf(a.timeScale) &&
    b.edges.some((id) => {
      const e = index.edges.get(id)!;
      return a.nodes.includes(e.source) && trusted(e);
    });
  const out: Question[] = [];
  for (let i = 0; i + size <= steps.length; i++) {
    const window = steps.slice(i, i + size);
    if (!window.every((s, k) => k === 0 || drives(window[k - 1]!, s))) continue;
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
  const binds = index.pack.edges.filter((e) => e.detail === 'basic' && !e.device && /\bbinds?\b/i.test(e.mechanism) && index.node(e.target).kind === 'receptor');
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
