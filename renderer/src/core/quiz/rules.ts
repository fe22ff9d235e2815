import type { PackIndex } from '../graph/pack-index.ts';
import type { FigureRecord } from '../pfocr/figure-record.ts';
import type { Question } from './question.ts';
import { graphViolations } from './rules-graph.ts';
import { figureViolations } from './rules-figure.ts';
import { textViolations } from './rules-text.ts';
import { importedViolations } from './rules-imported.ts';

/** A quiz item that breaks one of the rules a lecturer would apply. */
export interface Violation {
  rule: string;
  /** Knowledge component(s) of the offending question. */
  kc: string;
  message: string;
}

/** Every rule, over a pack's whole question bank. */
export function packViolations(index: PackIndex, questions: readonly Question[]): Violation[] {
  const p = index.pack;
  const vocabulary = [
    // Labels and terms, not gene symbols: Gad1 and Sst are the right case for mouse genes.
    ...p.nodes.map((n) => n.label),
    ...p.glossary.map((g) => g.term),
    ...p.compartments.map((c) => c.label),
    'Met66', 'mPFC',
  ];
  return [...textViolations(questions, vocabulary), ...graphViolations(index, questions, p.title), ...importedViolations(index, questions)];
}

/** Every rule, over the questions of a figure record without a pack. */
export function recordViolations(record: FigureRecord, questions: readonly Question[]): Violation[] {
  return [...textViolations(questions, [...record.keywords, 'mPFC']), ...figureViolations(record, questions)];
}
