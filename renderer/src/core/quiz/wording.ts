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

/**
 * A node named inside a sentence: "the NMDA receptor", "the L-type VDCC",
 * "glutamate", "the glutamate burst"; gene-like names (Akt, TrkB, BDNF) as they are.
 */
export function inSentence(n: PathwayNode): string {
  if (n.kind === 'receptor' || n.kind === 'channel') return /\(/.test(n.label) ? n.label : `the ${n.label}`;
  if (!ORDINARY.has(n.kind)) return n.label;
  return lowerFirst(n.label);
}

/** Is the label itself an abbreviation worth spelling out (BDNF, GABA, L-type VDCC), rather than a plain name? */
export const isAbbreviated = (label: string) => /\p{Lu}.*\p{Lu}|\p{Ll}\p{Lu}/u.test(label);
