import type { PackIndex } from '../graph/pack-index.ts';
import { defensibleAnswers, sameMolecule } from '../graph/relations.ts';
import { isLocationLabel, isMoleculeNode, labelKey, memberRelated, sameEntity } from '../graph/entities.ts';
import type { Question } from './question.ts';
import type { Violation } from './rules.ts';
import { causalLink, CHAIN_PROMPT, itemLinks, pathOrders } from './chain-order.ts';
import { SPECIES } from './pathway-genes.ts';
import { familyRelated } from './gene-aliases.ts';

/** Options of a question that are nodes (direction questions). */
const nodeOptions = (index: PackIndex, q: Question) =>
  q.kind === 'choice' && (q.family === 'downstream' || q.family === 'upstream') ? q.choices.filter((c) => index.nodes.has(c.id)) : [];

/**
 * Rules for what pathway databases get wrong for a quiz: the same entity
 * drawn several times, complexes drawn around their members, lines without
 * a direction, place markers ("CY", "NU") and text that is not a molecule.
 * They hold for hand-written packs too, except where said.
 */
export function importedViolations(index: PackIndex, questions: readonly Question[]): Violation[] {
  const out: Violation[] = [];
  const database = !!index.pack.provenance.database;
  for (const q of questions) {
    const add = (rule: string, message: string) => out.push({ rule, kc: q.kc, message });
    const ids = [...q.nodes, ...nodeOptions(index, q).map((c) => c.id), ...(q.kind === 'order' ? q.answer.filter((id) => index.nodes.has(id)) : [])];
    for (const id of new Set(ids)) if (isLocationLabel(index.node(id))) add('place-marker', `uses “${index.node(id).label}”, a place marker, as if it were a molecule`);

    const options = nodeOptions(index, q);
    if (options.length) {
      // In a hand-written pack the same receptor at two sites (TrkB, presynaptic TrkB) may both be wrong options.
      for (let i = 0; database && i < options.length; i++) {
        for (let j = i + 1; j < options.length; j++) {
          const [a, b] = [index.node(options[i]!.id), index.node(options[j]!.id)];
          if (sameEntity(a, b) || memberRelated(a, b) || familyRelated(a.label, b.label)) add('twin-option', `offers “${a.label}” and “${b.label}”, the same entity, a complex and its member, or a family and its member`);
        }
      }
      if (database) for (const c of options) if (!isMoleculeNode(index.node(c.id))) add('not-a-molecule', `offers “${c.label}”, which is not a molecule, for what acts on what`);
      // A copy of a defensible answer is defensible too (the generic rule compares nodes, not entities).
      if (database && q.kind === 'choice') {
        const subject = q.nodes.find((n) => n !== q.answer)!;
        const defensible = [...defensibleAnswers(index, subject, q.family as 'downstream' | 'upstream')].map((id) => index.node(id));
        for (const c of options) {
          const twin = c.id !== q.answer && defensible.find((d) => d.id !== c.id && sameEntity(d, index.node(c.id)));
          if (twin) add('defensible-copy', `“${c.label}” is another copy of ${twin.label}, a defensible answer`);
        }
      }
      const edge = index.edges.get(q.kc.replace(/^edge:/, ''));
      if (edge && (edge.directed === false || edge.interaction === 'line' || edge.interaction === 'part-of')) add('undirected-key', `keyed on a link that gives no direction of action (${edge.interaction ?? 'undirected'})`);
    }

    if (q.kind === 'locate') {
      const n = index.node(q.node);
      const twin = index.pack.nodes.find((m) => m.id !== n.id && m.compartment === n.compartment && labelKey(m.label) === labelKey(n.label));
      if (twin) add('locate-twin', `${n.label} is drawn twice in the same place: the prompt cannot say which`);
    }

    if (q.kind === 'choice' && q.family === 'gene' && database) {
      const species = SPECIES[index.pack.provenance.database!.organism ?? ''];
      const named = Object.values(SPECIES).find((s) => q.prompt.includes(`${s.adjective} gene`));
      if (named && named !== species) add('gene-species', `asks for a ${named.adjective} gene in a pathway of ${index.pack.provenance.database!.organism ?? 'unknown species'}`);
      if (index.node(q.nodes[0]!).label !== q.answer) add('gene-key-not-drawn', `the key “${q.answer}” is not the symbol the pathway draws`);
    }

    if (q.kind === 'order' && q.kc.startsWith('chain:')) chainRules(index, q, add);
  }
  return out;
}

/** A chain along the derived lesson: signed links each step, different entities, one order only, no numbered titles. */
function chainRules(index: PackIndex, q: Extract<Question, { kind: 'order' }>, add: (rule: string, message: string) => void): void {
  const trusted = new Set(['verified', 'established', ...(index.pack.provenance.database ? ['database'] : [])]);
  for (let i = 1; i < q.answer.length; i++) {
    const [a, b] = [q.answer[i - 1]!, q.answer[i]!];
    const link = index.outEdges.get(a)!.some((e) => e.target === b && causalLink(e) && trusted.has(e.evidence.status));
    if (!link) add('order-not-causal', `${index.node(b).label} is not driven by ${index.node(a).label} through a signed, directed link`);
  }
  for (let i = 0; i < q.answer.length; i++) {
    for (let j = i + 1; j < q.answer.length; j++) {
      const [a, b] = [index.node(q.answer[i]!), index.node(q.answer[j]!)];
      if (labelKey(a.label) === labelKey(b.label) || sameMolecule(a, b) || memberRelated(a, b)) add('order-twins', `orders ${a.label} and ${b.label}, the same entity`);
    }
  }
  const start = labelKey(index.node(index.pack.stimulus).label);
  if (q.answer.slice(1).some((id) => labelKey(index.node(id).label) === start)) add('order-start-later', `puts ${index.node(index.pack.stimulus).label}, where the signal starts, after the first place`);
  const orders = pathOrders(itemLinks(index, q.answer));
  if (orders !== 1) add('order-ambiguous', `${orders} orders make each item link directly to the next`);
  if (q.prompt !== CHAIN_PROMPT || q.items.some((it) => /\blinks? away\b/.test(it.label))) add('order-gives-away', 'an item or the prompt numbers the steps');
}
