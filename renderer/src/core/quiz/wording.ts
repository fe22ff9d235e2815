import type { PathwayNode } from '../pack/schema.ts';

/**
 * Lower-cases the first letter only of an ordinary capitalised word:
 * "Neutralizing antibody" → "neutralizing antibody", but "mPFC infusion",
 * "Flk-1 deleted", "TrkB deleted" and "AMPA-receptor antagonist" keep their case.
 */
export function lowerFirst(text: string): string {
  const first = /^[^\s(/,]+/.exec(text)?.[0] ?? '';
  return /^\p{Lu}\p{Ll}[\p{Ll}'’]*(-\p{Ll}+)*$/u.test(first) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

const ORDINARY = new Set(['drug', 'neurotransmitter', 'ion', 'process', 'cell', 'outcome']);

/** "Pyramidal neuron · soma and dendrites" → "pyramidal neuron's soma and dendrites". */
export const placeInSentence = (label: string) => lowerFirst(label.replace(/ · /g, '’s '));

/**
 * A node named inside a sentence: "the NMDA receptor", "the L-type VDCC",
 * "glutamate", "glutamate burst"; gene-like names (Akt, TrkB, BDNF) as they
 * are. A receptor that also occurs where the figure does not draw it is
 * placed ("the NMDA receptor on the GABA interneuron"), so the question is
 * about the one drawn.
 */
export function inSentence(n: PathwayNode, place?: string): string {
  if (n.kind === 'receptor' || n.kind === 'channel') {
    const named = /\b(receptor|VDCC|channel)$/.test(n.label) ? `the ${n.label}` : n.label;
    return n.alsoIn?.length && place ? `${named} on the ${placeInSentence(place)}` : named;
  }
  if (!ORDINARY.has(n.kind)) return n.label;
  return /\b(burst|release)$/.test(n.label) ? `the ${lowerFirst(n.label)}` : lowerFirst(n.label);
}

/** Is the label itself an abbreviation worth spelling out (BDNF, GABA, L-type VDCC), rather than a plain name? */
export const isAbbreviated = (label: string) => /\p{Lu}.*\p{Lu}|\p{Ll}\p{Lu}/u.test(label);
