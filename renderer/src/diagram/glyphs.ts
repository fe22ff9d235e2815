import type { NodeKind } from '../core/pack/schema.ts';

/** SBGN Activity Flow in spirit: perturbations (drugs) as concave boxes, phenotypes as hexagons, activities as boxes. */
export function glyphPath(kind: NodeKind, w: number, h: number): string | null {
  const i = Math.min(12, h / 2.6);
  if (kind === 'drug') return `M0,0 H${w} L${w - i},${h / 2} L${w},${h} H0 L${i},${h / 2} Z`;
  if (kind === 'process' || kind === 'outcome') return `M${i},0 H${w - i} L${w},${h / 2} L${w - i},${h} H${i} L0,${h / 2} Z`;
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
  'gene-product': 'gene',
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

/** Region tint by compartment kind; cells and terminals take turns through three tints. */
export function compartmentTone(kind: string, order: number): string {
  if (kind === 'extracellular') return 'tone-ecs';
  if (kind === 'behaviour') return 'tone-beh';
  if (kind === 'organelle') return 'tone-er';
  return ['tone-a', 'tone-b', 'tone-c'][order % 3]!;
}
