import type { EdgeKind, InteractionType } from '../pack/schema.ts';

/** What one GPML line end's ArrowHead means for the signal. */
export interface HeadMeaning {
  interaction: InteractionType;
  /** +1 activates, -1 inhibits, 0 unknown sign. */
  sign: 1 | -1 | 0;
  /** The pack edge kind (SBGN Activity Flow). */
  kind: EdgeKind;
  /** For narration: "<source> <verb> <target>." */
  verb: string;
  /** Short mechanism word for the pack edge (≤ 40 characters). */
  mechanism: string;
}

const m = (interaction: InteractionType, sign: 1 | -1 | 0, verb: string, mechanism: string, kind?: EdgeKind): HeadMeaning =>
  ({ interaction, sign, kind: kind ?? (sign > 0 ? 'positive' : sign < 0 ? 'negative' : 'unknown'), verb, mechanism });

const ACTIVATION = m('activation', 1, 'activates', 'activates (arrow)');
const STIMULATION = m('stimulation', 1, 'stimulates', 'stimulates');
const NECESSARY = m('necessary-stimulation', 1, 'is needed to activate', 'necessary stimulation', 'necessary');
const INHIBITION = m('inhibition', -1, 'inhibits', 'inhibits');
const CATALYSIS = m('catalysis', 1, 'catalyses the reaction that gives', 'catalyses');
const CONVERSION = m('conversion', 1, 'is converted to', 'is converted to');
const EXPRESSION = m('transcription-translation', 1, 'leads to the expression of', 'transcription/translation');
const BINDING = m('binding', 0, 'binds', 'binds');
const MODIFICATION = m('modification', 0, 'modifies', 'modifies');
const CLEAVAGE = m('cleavage', 0, 'cleaves', 'cleaves');
const TRANSLOCATION = m('translocation', 1, 'is translocated to', 'translocation');
export const LINE = m('line', 0, 'is linked to', 'linked (plain line)');
export const UNKNOWN_HEAD = m('unknown', 0, 'acts on', 'acts on');
export const PART_OF = m('part-of', 1, 'is part of', 'part of the complex');

/**
 * ArrowHead vocabulary of GPML 2013a and 2021 (keys lower-cased), after the
 * format notes §3: MIM arrowheads, the generic Arrow and TBar, GenMAPP
 * receptor/ligand glyphs. A generic Arrow is read as a positive influence,
 * as PathVisio users draw it for anything that promotes the target.
 */
const TABLE: Record<string, HeadMeaning> = {
  'arrow': ACTIVATION, 'directed': ACTIVATION,
  'mim-stimulation': STIMULATION, 'stimulation': STIMULATION,
  'mim-necessary-stimulation': NECESSARY,
  'mim-inhibition': INHIBITION, 'tbar': INHIBITION, 'inhibition': INHIBITION,
  'mim-catalysis': CATALYSIS, 'catalysis': CATALYSIS,
  'mim-conversion': CONVERSION, 'conversion': CONVERSION,
  'mim-transcription-translation': EXPRESSION, 'transcriptiontranslation': EXPRESSION,
  'mim-binding': BINDING, 'binding': BINDING, 'mim-covalent-bond': BINDING,
  'receptorround': BINDING, 'ligandround': BINDING, 'receptorsquare': BINDING, 'ligandsquare': BINDING, 'receptor': BINDING, 'ligand': BINDING,
  'mim-modification': MODIFICATION,
  'mim-cleavage': CLEAVAGE,
  'mim-translocation': TRANSLOCATION, 'translocation': TRANSLOCATION,
  // Drawing-only glyphs: the end is a plain line.
  'mim-branching-left': LINE, 'mim-branching-right': LINE, 'mim-gap': LINE, 'line': LINE, 'undirected': LINE,
};

/** True when a line end has an arrowhead at all ("Line" and 2021 "Undirected" have none). */
export function hasHead(raw: string | undefined): boolean {
  return !!raw && TABLE[raw.trim().toLowerCase()] !== LINE;
}

/** The meaning of an arrowhead; unknown values keep an unknown sign (never guessed). */
export function headMeaning(raw: string | undefined): HeadMeaning {
  if (!raw) return LINE;
  return TABLE[raw.trim().toLowerCase()] ?? UNKNOWN_HEAD;
}

/**
 * A modifier acting on a reaction (a line ending on an anchor of another
 * line): the effect on the reaction's product is the product of both signs
 * (inhibiting an inhibition is positive); the modifier's interaction type is kept.
 */
export function combine(modifier: HeadMeaning, host: HeadMeaning): HeadMeaning {
  const mechanism = `${modifier.mechanism} (reaction)`.slice(0, 40);
  if (host.sign === 1) {
    const verb = modifier.interaction === 'catalysis' ? modifier.verb : `${modifier.verb} the reaction that gives`;
    return { ...modifier, verb, mechanism };
  }
  const sign = (modifier.sign * host.sign) as 1 | -1 | 0;
  const kind: EdgeKind = sign > 0 ? 'positive' : sign < 0 ? 'negative' : 'unknown';
  const verb = host.sign === -1 ? `${modifier.verb.replace(/ the reaction that gives$/, '')} the inhibition of` : `${modifier.verb.replace(/ the reaction that gives$/, '')} the interaction with`;
  return { ...modifier, sign, kind, verb, mechanism };
}
