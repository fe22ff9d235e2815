import type { NodeKind } from '../core/pack/schema.ts';

/**
 * SBGN in spirit: perturbations (drugs) as concave boxes; processes, outcomes
 * and phenotypes as hexagons; simple chemicals as rounded stadiums; nucleic
 * acids with rounded feet; complexes with cut corners; unknown entities as
 * ellipses; activities and macromolecules as plain boxes (null).
 */
export function glyphPath(kind: NodeKind, w: number, h: number): string | null {
  const i = Math.min(12, h / 2.6);
  if (kind === 'drug') return `M0,0 H${w} L${w - i},${h / 2} L${w},${h} H0 L${i},${h / 2} Z`;
  if (kind === 'process' || kind === 'outcome' || kind === 'phenotype') return `M${i},0 H${w - i} L${w},${h / 2} L${w - i},${h} H${i} L0,${h / 2} Z`;
  if (kind === 'metabolite') {
    const r = Math.min(h / 2, w / 2);
    return `M${r},0 H${w - r} A${r},${r} 0 0 1 ${w - r},${h} H${r} A${r},${r} 0 0 1 ${r},0 Z`;
  }
  if (kind === 'rna') {
    const r = Math.min(10, h / 2);
    return `M0,0 H${w} V${h - r} A${r},${r} 0 0 1 ${w - r},${h} H${r} A${r},${r} 0 0 1 0,${h - r} Z`;
  }
  if (kind === 'complex') {
    const c = Math.min(9, h / 3, w / 4);
    return `M${c},0 H${w - c} L${w},${c} V${h - c} L${w - c},${h} H${c} L0,${h - c} V${c} Z`;
  }
  if (kind === 'unknown') return `M0,${h / 2} A${w / 2},${h / 2} 0 1 1 ${w},${h / 2} A${w / 2},${h / 2} 0 1 1 0,${h / 2} Z`;
  return null;
}

/** Unit-of-information tag on activity boxes; null for glyphs whose shape already says it. */
export const KIND_TAG: Record<NodeKind, string | null> = {
  drug: null,
  neurotransmitter: 'transmitter',
  receptor: 'receptor',
  channel: 'channel',
  ion: 'ion',
  'growth-factor': 'growth factor',
  kinase: 'kinase',
  enzyme: 'enzyme',
  complex: 'complex',
  'second-messenger': 'messenger',
  protein: 'protein',
  cell: 'cell',
  process: null,
  outcome: null,
  'gene-product': 'gene product',
  rna: 'RNA',
  metabolite: 'metabolite',
  pathway: 'pathway',
  phenotype: 'phenotype',
  unknown: null,
};

export const KIND_NAME: Record<NodeKind, string> = {
  drug: 'drug',
  neurotransmitter: 'neurotransmitter',
  receptor: 'receptor',
  channel: 'ion channel',
  ion: 'ion',
  'growth-factor': 'growth factor',
  kinase: 'kinase',
  enzyme: 'enzyme',
  complex: 'protein complex',
  'second-messenger': 'second messenger',
  protein: 'protein',
  cell: 'cell activity',
  process: 'cellular process',
  outcome: 'outcome',
  'gene-product': 'gene product',
  rna: 'RNA',
  metabolite: 'metabolite',
  pathway: 'linked pathway',
  phenotype: 'phenotype',
  unknown: 'entity of unstated type',
};

/** Region tint by compartment kind; cells and terminals take turns through four tints. */
export function compartmentTone(kind: string, order: number): string {
  if (kind === 'extracellular') return 'tone-ecs';
  if (kind === 'behaviour') return 'tone-beh';
  if (kind === 'organelle') return 'tone-er';
  return ['tone-a', 'tone-b', 'tone-c', 'tone-d'][order % 4]!;
}
