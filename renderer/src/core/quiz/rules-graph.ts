import type { PackIndex } from '../graph/pack-index.ts';
import { containsWord, defensibleAnswers, isSecretedLigand, sameMolecule, tooClose } from '../graph/relations.ts';
import { TIME_SCALES } from '../pack/schema.ts';
import { readoutBasis } from '../sim/certainty.ts';
import type { Question } from './question.ts';
import { givesAway } from './place-questions.ts';
import { abbreviates, relatedTerms } from './abbreviates.ts';
import type { Violation } from './rules.ts';

const TRUSTED = new Set(['verified', 'established']);

function compartmentRules(index: PackIndex, q: Question & { kind: 'choice' }, add: (rule: string, message: string) => void): void {
  const subject = index.node(q.nodes[0]!);
  const byId = new Map(index.pack.compartments.map((c) => [c.id, c]));
  const ancestors = (id: string) => {
    const out = new Set<string>();
    for (let c = byId.get(id)?.parent; c; c = byId.get(c)?.parent) out.add(c);
    return out;
  };
  for (const c of q.choices) {
    if (c.id === q.answer) continue;
    if (ancestors(q.answer).has(c.id) || ancestors(c.id).has(q.answer)) add('compartment-nested', `offers “${c.label}”, which contains or lies inside the answer`);
    const twin = index.pack.nodes.find((n) => n.id !== subject.id && n.compartment === c.id && sameMolecule(n, subject));
    if (twin) add('compartment-twin', `offers “${c.label}”, which holds ${twin.label}, the same molecule`);
    if (subject.alsoIn?.includes(c.id)) add('compartment-also', `offers “${c.label}”, where ${subject.label} also occurs`);
  }
  if (isSecretedLigand(index, subject) && !/releas|act/i.test(q.prompt)) add('secreted-ligand', `asks where ${subject.label} is, not where it is released or acts`);
  const answer = byId.get(q.answer)?.label ?? '';
  if (givesAway(q.prompt, answer)) add('answer-in-prompt', `the prompt gives the answer “${answer}” away`);
}

/** Rules that need the pathway: distractors, compartments, order, blocker keys, abbreviations. */
export function graphViolations(index: PackIndex, questions: readonly Question[], title: string): Violation[] {
  const out: Violation[] = [];
  const times = new Map(index.pack.steps.map((s) => [s.id, TIME_SCALES.indexOf(s.timeScale)]));
  for (const q of questions) {
    const add = (rule: string, message: string) => out.push({ rule, kc: q.kc, message });
    if (q.kind === 'choice' && (q.family === 'downstream' || q.family === 'upstream')) {
      const subject = q.nodes.find((n) => n !== q.answer)!;
      if (sameMolecule(index.node(subject), index.node(q.answer))) add('answer-in-prompt', `asks about ${index.node(subject).label} with the same molecule as its answer`);
      const defensible = defensibleAnswers(index, subject, q.family);
      for (const c of q.choices) {
        if (c.id === q.answer) continue;
        if (tooClose(index, c.id, q.answer)) add('related-distractor', `“${c.label}” is too close to the answer “${index.node(q.answer).label}”`);
        if (defensible.has(c.id)) add('defensible-distractor', `“${c.label}” is itself a defensible answer`);
      }
    }
    if (q.kind === 'choice' && q.family === 'compartment') compartmentRules(index, q, add);
    if (q.kind === 'choice' && q.family === 'abbreviation') {
      const entry = index.pack.glossary.find((g) => g.term === q.answer);
      if (entry && !abbreviates(entry.term, entry.expansion)) add('not-an-abbreviation', `${entry.term} does not abbreviate “${entry.expansion}”`);
      for (const c of q.choices) {
        if (c.id !== q.answer && relatedTerms(c.id, q.answer)) add('related-distractor', `“${c.label}” expands a related term (${c.id})`);
      }
    }
    if (q.kind === 'choice' && q.family === 'cloze' && containsWord(title, q.answer, 'iu')) add('cloze-in-title', `the gap “${q.answer}” can be read off the title`);
    // Chains along an imported pathway's lesson are checked in rules-imported.ts.
    if (q.kind === 'order' && !q.kc.startsWith('chain:')) {
      for (let i = 1; i < q.answer.length; i++) {
        const [a, b] = [index.steps.get(q.answer[i - 1]!)!, index.steps.get(q.answer[i]!)!];
        const linked = b.edges.some((id) => {
          const e = index.edges.get(id)!;
          return a.nodes.includes(e.source) && TRUSTED.has(e.evidence.status);
        });
        if (!linked) add('order-not-causal', `“${b.title}” is not driven by “${a.title}” through a verified or established link`);
        if (times.get(b.id)! < times.get(a.id)!) add('order-time', `“${b.title}” is earlier than “${a.title}”`);
      }
    }
    if (q.kind === 'multi' && q.family === 'blocker') {
      const iv = index.pack.interventions.find((i) => `block:${i.id}` === q.kc);
      const basis = iv ? readoutBasis(index, iv) : [];
      for (const c of q.choices) {
        const b = basis.find((x) => x.node === c.id);
        if (b?.basis === 'model') add('blocker-model-key', `“${c.label}” rests on the model only (not measured, not reached through verified links)`);
      }
    }
  }
  return out;
}
