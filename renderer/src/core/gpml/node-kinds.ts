import type { NodeKind } from '../pack/schema.ts';

/**
 * GPML DataNode Type → pack node kind. Types are free text in GPML; case
 * and spelling drift ("Rna"/"RNA") is folded. An absent Type is PathVisio's
 * "Unknown". AOP "Event"/"Key Event" are biological events (process).
 */
const TYPES: Record<string, NodeKind> = {
  geneproduct: 'gene-product',
  gene: 'gene-product',
  protein: 'protein',
  rna: 'rna',
  mirna: 'rna',
  metabolite: 'metabolite',
  pathway: 'pathway',
  complex: 'complex',
  event: 'process',
  keyevent: 'process',
  unknown: 'unknown',
};

export function nodeKindOf(type: string): NodeKind {
  return TYPES[type.toLowerCase().replace(/[\s_-]+/g, '')] ?? 'unknown';
}

/** Words for descriptions ("Gene product in WikiPathways …"). */
export const KIND_WORDS: Partial<Record<NodeKind, string>> = {
  'gene-product': 'Gene product',
  protein: 'Protein',
  rna: 'RNA',
  metabolite: 'Metabolite',
  pathway: 'Linked pathway',
  complex: 'Complex',
  process: 'Event',
  phenotype: 'Phenotype (a label the pathway\'s lines point to)',
  unknown: 'Entity of unstated type',
};
