import type { Evidence, EvidenceStatus, InteractionType, PathwayEdge, PathwayNode } from '../pack/schema.ts';

/**
 * Narration for derived steps, built only from node names and edge types:
 * it says what the diagram draws, never more.
 */
const VERBS: Record<InteractionType, string> = {
  activation: 'activates', stimulation: 'stimulates', 'necessary-stimulation': 'is needed to activate', inhibition: 'inhibits',
  catalysis: 'catalyses the formation of', conversion: 'is converted to', 'transcription-translation': 'leads to the expression of',
  binding: 'binds', modification: 'modifies', cleavage: 'cleaves', translocation: 'is translocated to', 'part-of': 'is part of',
  line: 'is linked to', unknown: 'acts on',
};
const KIND_VERBS: Record<PathwayEdge['kind'], string> = { positive: 'activates', negative: 'inhibits', necessary: 'is needed to activate', unknown: 'acts on' };
const SIGN: Record<PathwayEdge['kind'], number> = { positive: 1, necessary: 1, negative: -1, unknown: 0 };
const NATURAL: Partial<Record<InteractionType, number>> = { inhibition: -1, binding: 0, modification: 0, cleavage: 0, line: 0, unknown: 0 };

export const nodeName = (n: PathwayNode | undefined, id: string): string => n?.label ?? id;

export function edgeSentence(e: PathwayEdge, nodes: ReadonlyMap<string, PathwayNode>): string {
  const [s, t] = [nodeName(nodes.get(e.source), e.source), nodeName(nodes.get(e.target), e.target)];
  if (!e.interaction) return `${s} ${KIND_VERBS[e.kind]} ${t}.`;
  const verb = VERBS[e.interaction];
  // Resolved from a line acting on a reaction (GPML anchor): say so, and say when the reaction inhibits.
  if (/\(reaction\)$/.test(e.mechanism)) {
    const natural = NATURAL[e.interaction] ?? 1;
    if (e.interaction === 'catalysis' && SIGN[e.kind] === 1) return `${s} catalyses the reaction that gives ${t}.`;
    if (natural !== 0 && SIGN[e.kind] === -natural) return `${s} ${verb.replace(/ the formation of$/, '')} a reaction that inhibits ${t}.`;
    if (SIGN[e.kind] === 0) return `${s} ${verb.replace(/ the formation of$/, '')} a reaction linked to ${t}.`;
    return `${s} ${verb.replace(/ the formation of$/, '')} the reaction that gives ${t}.`;
  }
  if (e.interaction === 'part-of') return `${s} is part of the complex ${t}.`;
  // A generic arrow next to a metabolite or a linked pathway usually means "gives", not "activates".
  const chemical = (id: string) => ['metabolite', 'pathway'].includes(nodes.get(id)?.kind ?? '');
  if (e.interaction === 'activation' && (chemical(e.source) || chemical(e.target))) return `${s} leads to ${t}.`;
  return `${s} ${verb} ${t}.`;
}

/** Sentences joined up to the narration limit; the rest is counted, not dropped silently. */
export function narrate(sentences: string[], max = 1500): string {
  let out = '';
  for (let i = 0; i < sentences.length; i++) {
    const more = `… and ${sentences.length - i} more link${sentences.length - i > 1 ? 's' : ''} (see the diagram).`;
    const next = out ? `${out} ${sentences[i]}` : sentences[i]!;
    if (next.length + more.length + 1 > max && i < sentences.length - 1) return `${out} ${more}`.trim();
    out = next;
  }
  return out.slice(0, max);
}

/** "NTRK2, SHC1 and 3 more", at most `max` characters. */
export function listNames(names: string[], max: number): string {
  if (!names.length) return '';
  for (let k = Math.min(names.length, 4); k >= 1; k--) {
    const head = names.slice(0, k).join(', ');
    const rest = names.length - k;
    const text = rest ? `${head} and ${rest} more` : k > 1 ? `${names.slice(0, k - 1).join(', ')} and ${names[k - 1]}` : head;
    if (text.length <= max) return text;
  }
  return `${names[0]!.slice(0, max - 12)}… and more`;
}

const WEAKEST: EvidenceStatus[] = ['unverified', 'model', 'established', 'database', 'verified'];

/** A derived step rests on the items it shows: their weakest status and their references. */
export function stepEvidence(items: { evidence: Evidence }[]): Evidence {
  const refs = [...new Set(items.flatMap((i) => i.evidence.refs))].slice(0, 20);
  const status = WEAKEST.find((s) => items.some((i) => i.evidence.status === s)) ?? 'unverified';
  const note = 'Step order is derived from the pathway graph (links away from the start), not from timed experiments.';
  if (!refs.length && (status === 'verified' || status === 'model' || status === 'database')) return { status: 'unverified', refs, note };
  return { status, refs, note };
}
