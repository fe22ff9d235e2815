import { describe, expect, it } from 'vitest';
import { PackIndex } from '../graph/pack-index.ts';
import { parseFigureRecord } from '../pfocr/parse-record.ts';
import { bundledPathway, ketaminePack, seedRecordText } from '../test-fixtures.ts';
import { gpmlToPack } from '../gpml/gpml-to-pack.ts';
import { fixture } from '../gpml/gpml-fixtures.ts';
import { packQuestions } from './generate.ts';
import { figureQuestions } from './figure-questions.ts';
import { rng } from './random.ts';
import { packViolations, recordViolations } from './rules.ts';
import type { Question } from './question.ts';

const index = new PackIndex(ketaminePack());
const record = (() => {
  const r = parseFigureRecord(seedRecordText);
  if (!r.ok) throw new Error('seed record invalid');
  return r.value;
})();
const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);
const imported = (name: string) => {
  const r = gpmlToPack(fixture(name));
  if (!r.ok) throw new Error(`${name} did not convert`);
  return r.value.pack;
};

describe('every generated question keeps the rules, for 20 seeds', () => {
  it('the ketamine pack: no violation in any family', () => {
    const found = SEEDS.flatMap((seed) => packViolations(index, packQuestions(index, seed)).map((v) => `seed ${seed} ${v.rule} ${v.kc}: ${v.message}`));
    expect(found).toEqual([]);
  });
  // Imported pathways: the three bundled packs and five other WikiPathways files (human, mouse,
  // GPML 2021, metabolic pathways with catalysis), with every pitfall of database diagrams.
  it.each([
    ['WP2380 (bundled)', () => bundledPathway('WP2380')],
    ['WP1471 (bundled)', () => bundledPathway('WP1471')],
    ['WP4141 (bundled)', () => bundledPathway('WP4141')],
    ['WP1434', () => imported('WP1434.gpml')],
    ['WP5063 (GPML 2021)', () => imported('WP5063-gpml2021.gpml')],
    ['WP2841 (mouse)', () => imported('WP2841.gpml')],
    ['WP106 (metabolic, catalysis)', () => imported('WP106.gpml')],
    ['WP5193', () => imported('WP5193.gpml')],
  ])('%s: no violation in any family', (_name, load) => {
    const pathway = new PackIndex(load());
    const found = SEEDS.flatMap((seed) => packViolations(pathway, packQuestions(pathway, seed)).map((v) => `seed ${seed} ${v.rule} ${v.kc}: ${v.message}`));
    expect(found).toEqual([]);
  }, 60_000);
  it('the figure record on its own: no violation', () => {
    const found = SEEDS.flatMap((seed) => recordViolations(record, figureQuestions(record, rng(seed))).map((v) => `seed ${seed} ${v.rule} ${v.kc}: ${v.message}`));
    expect(found).toEqual([]);
  });
});

// The checker must catch each kind of bad item, or a clean run above proves nothing.
const base = packQuestions(index, 1);
const find = (kc: string) => structuredClone(base.find((q) => q.kc === kc)!);
type Choice = Extract<Question, { kind: 'choice' }>;
const withChoice = (q: Question, id: string, label: string) => {
  const c = q as Choice;
  c.choices = [...c.choices.filter((x) => x.id === c.answer), { id, label }, ...c.choices.filter((x) => x.id !== c.answer).slice(1)];
  return c;
};

const bad: [string, () => Question[]][] = [
  ['leftover', () => [{ ...find('hand:q_dose'), explanation: 'As shown before (see ).' }]],
  ['doubled-name', () => [{ ...find('locate:akt'), prompt: 'Find Akt (Akt (protein kinase B)) on the diagram.' }]],
  ['acronym-case', () => [{ ...find('hand:q_dose'), prompt: 'Infused into the mpfc, what happens?' }]],
  ['answer-in-prompt', () => [{ ...find('edge:e32'), prompt: 'What does mTORC1 make besides GluA1?' }]],
  ['one-key', () => [find('edge:e32'), { ...find('edge:e33'), prompt: find('edge:e32').prompt }]],
  ['model-as-fact', () => [{ ...find('edge:e23'), prompt: 'What does PLCγ act on directly?', explanation: 'PLCγ → IP3.' }]],
  ['related-distractor', () => [withChoice(find('edge:e07'), 'glutamate', 'Glutamate')]],
  // BDNF, through TrkB, is needed for VEGF release: "BDNF acts on VEGF" is defensible.
  ['defensible-distractor', () => [withChoice(structuredClone(base.find((q) => q.family === 'downstream' && q.nodes[0] === 'bdnf')!), 'vegf', 'VEGF')]],
  ['compartment-nested', () => [withChoice(find('where:trkb'), 'er', 'Ca²⁺ stores (ER)')]],
  ['compartment-twin', () => [withChoice(find('where:trkb'), 'pre', 'Pyramidal neuron · presynaptic terminal')]],
  ['secreted-ligand', () => [{ ...find('where:glutamate'), prompt: 'In this figure, where is glutamate?' }]],
  ['cloze-in-title', () => [{ ...(find(base.find((q) => q.family === 'cloze')!.kc) as Choice), answer: 'Ketamine', choices: [{ id: 'Ketamine', label: 'Ketamine' }, { id: 'BDNF', label: 'BDNF' }] }]],
  ['not-an-abbreviation', () => [{ ...find('abbr:TrkB'), kc: 'abbr:Akt', answer: 'Akt', choices: [{ id: 'Akt', label: 'protein kinase B (PKB)' }, { id: 'BDNF', label: 'x' }] } as Question]],
  ['order-not-causal', () => {
    const q = find(base.find((x) => x.kind === 'order')!.kc) as Extract<Question, { kind: 'order' }>;
    return [{ ...q, answer: ['s11', 's16', 's17', 's18'] }];
  }],
  ['blocker-model-key', () => {
    const q = find('block:anti_vegf') as Extract<Question, { kind: 'multi' }>;
    return [{ ...q, choices: [...q.choices, { id: 'bdnf', label: 'BDNF release' }], answers: [...q.answers, 'bdnf'] }];
  }],
];

describe('the checker reports each kind of violation', () => {
  it.each(bad)('%s', (rule, make) => {
    expect(packViolations(index, make()).map((v) => v.rule)).toContain(rule);
  });
  it('keyword-named: a card that says the caption does not name a gene it names as a family', () => {
    const card: Question = { kind: 'flashcard', family: 'keyword', kc: 'keyword:PIK3CA', prompt: 'What does the figure say about PIK3CA?', back: 'PIK3CA is listed by PFOCR but the caption does not name it.', nodes: [], explanation: '' };
    expect(recordViolations(record, [card]).map((v) => v.rule)).toEqual(expect.arrayContaining(['keyword-named', 'keyword-no-answer']));
  });
});
