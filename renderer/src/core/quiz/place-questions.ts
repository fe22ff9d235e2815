import type { PackIndex } from '../graph/pack-index.ts';
import { isSecretedLigand, sameMolecule } from '../graph/relations.ts';
import { isLocationLabel, labelKey, looksGarbled } from '../graph/entities.ts';
import type { Compartment, PathwayNode } from '../pack/schema.ts';
import type { Question } from './question.ts';
import { assembleChoices } from './distractors.ts';
import { inSentence, isAbbreviated } from './wording.ts';

/** Words of a compartment label too general to give the answer away. */
const GENERIC = new Set(['and', 'the', 'of', 'neuron', 'cell', 'space', 'region']);

/** Does the question's wording already contain a distinctive word of the place (its stem: "dendrit" for dendritic)? */
export function givesAway(prompt: string, place: string): boolean {
  const words = place.toLowerCase().split(/[\s·()/,]+/).filter((w) => (w.length >= 3 || /[^a-z]/.test(w)) && w.length > 1 && !GENERIC.has(w));
  return words.some((w) => prompt.toLowerCase().includes(w.length > 5 ? w.slice(0, w.length - 2) : w));
}

function ancestry(index: PackIndex): (a: string, b: string) => boolean {
  const byId = new Map(index.pack.compartments.map((c) => [c.id, c]));
  const within = (inner: string, outer: string) => {
    for (let c = byId.get(inner)?.parent; c; c = byId.get(c)?.parent) if (c === outer) return true;
    return false;
  };
  return (a, b) => within(a, b) || within(b, a);
}

/**
 * Where is it drawn? (for a secreted ligand: which compartment releases it).
 * Never offers a compartment nested in or around the answer, one that holds
 * the same molecule elsewhere, or one the pack says it also occupies; skips
 * nodes whose own name gives the place away.
 */
export function compartmentQuestions(index: PackIndex, random: () => number): Question[] {
  const comps = index.pack.compartments.filter((c) => c.kind !== 'behaviour');
  const nested = ancestry(index);
  const out: Question[] = [];
  for (const n of index.pack.nodes) {
    if (n.device || n.kind === 'drug' || n.kind === 'outcome') continue;
    const place = answerFor(index, n);
    if (!place) continue;
    const { home, prompt } = place;
    if (givesAway(prompt, home.label)) continue;
    const twins = new Set(index.pack.nodes.filter((m) => m.id !== n.id && sameMolecule(m, n)).map((m) => m.compartment));
    const fair = (c: Compartment) => c.id !== home.id && !nested(c.id, home.id) && !twins.has(c.id) && !n.alsoIn?.includes(c.id) && c.kind !== 'extracellular';
    const others = comps.filter(fair).map((c) => ({ id: c.id, label: c.label, ...(c.kind === home.kind ? { misconception: 'a different cell' } : {}) }));
    const choices = assembleChoices({ id: home.id, label: home.label }, others.filter((o) => o.misconception), others, 3, random);
    if (!choices) continue;
    out.push({
      kind: 'choice', family: 'compartment', kc: `where:${n.id}`, prompt,
      choices, answer: home.id, step: index.stepsOf(n.id)[0]?.id, nodes: [n.id],
      explanation: `${n.label}: ${home.label}.`, evidence: n.evidence,
    });
  }
  return out;
}

/** The place to ask about: where a node is drawn, or for a secreted ligand the one compartment that releases it. */
function answerFor(index: PackIndex, n: PathwayNode): { home: Compartment; prompt: string } | undefined {
  const byId = new Map(index.pack.compartments.map((c) => [c.id, c]));
  if (isSecretedLigand(index, n)) {
    const sources = index.inEdges.get(n.id)!.filter((e) => e.kind !== 'negative' && e.source !== index.pack.stimulus).map((e) => index.node(e.source).compartment);
    const unique = [...new Set(sources)];
    return unique.length === 1 ? { home: byId.get(unique[0]!)!, prompt: `In this figure, which compartment releases ${inSentence(n)}?` } : undefined;
  }
  const home = byId.get(n.compartment);
  if (!home || home.kind === 'extracellular') return undefined;
  return { home, prompt: `In this figure, in which compartment is ${inSentence(n)} drawn?` };
}

/** How to name a node in a prompt: an abbreviation with its full name once ("Akt (Akt (…))" never), a plain name alone. */
export function displayName(n: PathwayNode): string {
  if (!n.fullName || n.fullName === n.label || !isAbbreviated(n.label) || n.fullName.length >= 70) return n.label;
  return n.fullName.includes(n.label) ? n.fullName : `${n.label} (${n.fullName})`;
}

/**
 * Find a node on the diagram; the place is named when the same molecule is
 * drawn twice (and the pathway has places to name). Not asked when another node with the same label is drawn in
 * the same place (two NTRK2 boxes in one compartment: the prompt could not
 * say which is meant), nor for a location marker ("CY") or a garbled label.
 */
export function locateQuestions(index: PackIndex): Question[] {
  const where = (id: string) => index.pack.compartments.find((c) => c.id === id)?.label ?? id;
  const sameLabelHere = (n: PathwayNode) => index.pack.nodes.some((m) => m.id !== n.id && m.compartment === n.compartment && labelKey(m.label) === labelKey(n.label));
  const findable = (n: PathwayNode) => n.detail === 'basic' && !n.device && !isLocationLabel(n) && !looksGarbled(n.label) && !sameLabelHere(n);
  // Naming the place helps only where the pathway has more than one (not in a diagram without compartments).
  const places = new Set(index.pack.nodes.map((n) => n.compartment)).size > 1;
  return index.pack.nodes.filter(findable).map((n) => {
    const twin = places && index.pack.nodes.some((m) => m.id !== n.id && sameMolecule(m, n));
    return {
      kind: 'locate', family: 'locate', kc: `locate:${n.id}`,
      prompt: `Find ${displayName(n)}${twin ? ` in “${where(n.compartment)}”` : ''} on the diagram.`,
      node: n.id, step: index.stepsOf(n.id)[0]?.id, nodes: [n.id],
      // With one place only ("Whole pathway"), naming it says nothing.
      explanation: places ? `${n.label} sits in: ${where(n.compartment)}.` : `${n.label}: every node of this pathway is in the same place, so look for the name itself.`,
    } satisfies Question;
  });
}
