import type { Evidence } from '../pack/schema.ts';

export interface Choice {
  id: string;
  label: string;
  /** For distractors: the misconception this wrong answer stands for. */
  misconception?: string;
}

interface Base {
  /** Stable id; also the knowledge component's card key within the pack. */
  kc: string;
  prompt: string;
  /** The step this question tests ("Show me" replays it). */
  step?: string;
  /** Nodes the question is about (memory overlay). */
  nodes: string[];
  explanation: string;
  evidence?: Evidence;
}

export type Question =
  | (Base & { kind: 'choice'; family: ChoiceFamily; choices: Choice[]; answer: string })
  | (Base & { kind: 'multi'; family: 'blocker'; choices: Choice[]; answers: string[] })
  | (Base & { kind: 'order'; family: 'order'; items: Choice[]; answer: string[] })
  | (Base & { kind: 'match'; family: 'pairs'; left: Choice[]; right: Choice[]; answer: Record<string, string> })
  | (Base & { kind: 'locate'; family: 'locate'; node: string })
  /** Self-graded: the learner recalls, reveals the back, and rates. */
  | (Base & { kind: 'flashcard'; family: 'keyword'; back: string });

export type ChoiceFamily = 'downstream' | 'upstream' | 'compartment' | 'gene' | 'abbreviation' | 'cloze' | 'hand';
export type Family = Question['family'];

export const FAMILY_NAMES: Record<Family, string> = {
  order: 'Order the steps',
  downstream: 'What comes next',
  upstream: 'What comes before',
  pairs: 'Ligand–receptor pairs',
  compartment: 'Where it happens',
  gene: 'Gene symbols',
  blocker: 'Predict a blocker',
  locate: 'Find it on the diagram',
  abbreviation: 'Abbreviations',
  cloze: 'Caption gaps',
  hand: 'Teacher’s questions',
  keyword: 'Figure keywords',
};
