import type { PackIndex } from '../graph/pack-index.ts';
import type { PathwayEdge, PathwayNode } from '../pack/schema.ts';
import { defensibleAnswers, distances, sameMolecule, tooClose } from '../graph/relations.ts';
import { copiesByLabel, entitySet, isMoleculeNode, labelKey, memberRelated, sameEntity } from '../graph/entities.ts';
import { edgeSentence } from '../graph/lesson-narration.ts';
import { containsWord } from '../util/text-match.ts';
import type { Choice, Question } from './question.ts';
import { assembleChoices } from './distractors.ts';
import { familyRelated } from './gene-aliases.ts';
import { shuffle } from './random.ts';

/** Interactions that mean "gives" or "moves to" when a metabolite is involved, not "acts on". */
const FLOW = new Set(['activation', 'conversion', 'translocation']);

/**
 * A link worth asking "what does X act on directly?" about in an imported
 * pathway: drawn with a direction, between two molecules (not an event, a
 * place marker or a garbled label), not membership of a complex, not a
 * molecule onto another copy or form of itself (BDNF RNA → BDNF), and not a
 * plain arrow or conversion to or from a metabolite (Pyruvate → Lactate is
 * turned into, not acted on; the narration says "leads to").
 */
export function askableLink(index: PackIndex, e: PathwayEdge): boolean {
  const [s, t] = [index.node(e.source), index.node(e.target)];
  const flow = (s.kind === 'metabolite' || t.kind === 'metabolite') && FLOW.has(e.interaction ?? '');
  return e.directed !== false && e.interaction !== 'part-of' && e.interaction !== 'line' && !e.device && !flow &&
    isMoleculeNode(s) && isMoleculeNode(t) && !sameMolecule(s, t) && !sameEntity(s, t);
}

/** Where the record is cited in a sentence: "WikiPathways WP2380". */
export const recordName = (index: PackIndex) => {
  const db = index.pack.provenance.database;
  return db ? `${db.name} ${db.id}` : 'the pathway record';
};

/**
 * "What does X act on directly in this pathway?" and "What acts directly on
 * X?" for a pathway imported from a database. One question per entity and
 * direction (an entity being every drawn copy of one label, so two NTRK2
 * nodes never make two questions with the same prompt and different keys),
 * keyed on a link drawn in Basic detail if there is one. Wrong options are
 * molecules of the same pathway, nearest first, never a defensible answer
 * (a partner of any copy, of its complex or of its members, either end of a
 * plain line), another copy of the key, the key's complex or members, or a
 * family name covering the key or the subject (PKC for PRKCD).
 * The explanation is the link as drawn, in words from its type.
 */
export function pathwayDirectionQuestions(index: PackIndex, random: () => number): Question[] {
  const out: Question[] = [];
  const molecules = index.pack.nodes.filter(isMoleculeNode);
  const choice = (n: PathwayNode, misconception?: string): Choice => ({ id: n.id, label: n.label, ...(misconception ? { misconception } : {}) });
  const preference = (e: PathwayEdge) => (e.detail === 'basic' ? 0 : 1);
  const entities = [...copiesByLabel(molecules).values()];
  for (const dir of ['downstream', 'upstream'] as const) {
    const down = dir === 'downstream';
    for (const copies of entities) {
      const subject = copies[0]!;
      const edges = copies.flatMap((n) => (down ? index.outEdges.get(n.id)! : index.inEdges.get(n.id)!)).filter((e) => askableLink(index, e));
      const e = [...edges].sort((a, b) => preference(a) - preference(b))[0];
      if (!e) continue;
      const answer = index.node(down ? e.target : e.source);
      // Defensible by any copy: another RXR box is as right as the RXR inside the complex VDR binds.
      const defensible = entitySet([...new Set(copies.flatMap((n) => [...defensibleAnswers(index, n.id, dir)]))].map((id) => index.node(id)));
      const allowed = (n: PathwayNode) =>
        labelKey(n.label) !== labelKey(subject.label) && !defensible(n) && !tooClose(index, n.id, answer.id) &&
        !sameEntity(n, answer) && !sameMolecule(subject, n) && !copies.some((c) => tooClose(index, c.id, n.id)) &&
        !familyRelated(n.label, answer.label) && !familyRelated(n.label, subject.label);
      // Classic slips first: the arrow reversed, a step skipped.
      const behind = copies.flatMap((n) => (down ? index.inEdges.get(n.id)! : index.outEdges.get(n.id)!)).filter((x) => askableLink(index, x)).map((x) => index.node(down ? x.source : x.target));
      const ahead = (down ? index.outEdges.get(answer.id)! : index.inEdges.get(answer.id)!).filter((x) => askableLink(index, x)).map((x) => index.node(down ? x.target : x.source));
      const slips = [
        ...behind.map((n) => choice(n, down ? 'reversed direction: this acts on it' : 'reversed direction: this comes after')),
        ...ahead.map((n) => choice(n, down ? 'skips a step: this comes after' : 'skips a step: this acts earlier')),
      ];
      const dist = distances(index, subject.id);
      const near = shuffle(molecules, random).sort((a, b) => (dist.get(a.id) ?? 99) - (dist.get(b.id) ?? 99)).map((n) => choice(n));
      // The first three fair options, slips first, then the nearest; no two of one entity, or a
      // complex and its member (each would give the other away). Checked lazily: big pathways have hundreds.
      const picked: Choice[] = [];
      const kept: PathwayNode[] = [answer];
      for (const c of [...shuffle(slips, random), ...near]) {
        if (picked.length >= 3) break;
        const n = index.node(c.id);
        if (kept.some((k) => k.id === n.id || sameEntity(k, n) || memberRelated(k, n) || familyRelated(k.label, n.label)) || !allowed(n)) continue;
        kept.push(n);
        picked.push(c);
      }
      const choices = assembleChoices(choice(answer), picked, [], 3, random, { ordered: true });
      if (!choices) continue;
      const ask = down ? `What does ${subject.label} act on directly` : `What acts directly on ${subject.label}`;
      if (containsWord(ask, answer.label, 'iu')) continue;
      out.push({
        kind: 'choice', family: dir, kc: `edge:${e.id}`, prompt: `${ask} in this pathway?`,
        choices, answer: answer.id, step: index.pack.steps.find((s) => s.edges.includes(e.id))?.id, nodes: [e.source, e.target],
        explanation: `${edgeSentence(e, index.nodes).replace(/\.$/, '')}, as drawn in ${recordName(index)}.`,
        evidence: e.evidence,
      });
    }
  }
  return out;
}
