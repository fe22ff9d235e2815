import { describe, expect, it } from 'vitest';
import { PackIndex } from '../graph/pack-index.ts';
import { checkPack } from '../pack/validate-pack.ts';
import { parseFigureRecord } from '../pfocr/parse-record.ts';
import { runLab } from '../sim/compare.ts';
import { ketaminePack, seedRecordText, tinyPackRaw } from '../test-fixtures.ts';
import { packQuestions } from './generate.ts';
import { figureQuestions } from './figure-questions.ts';
import { gradeAnswer, pairwiseOrderScore } from './grade.ts';
import { rng } from './random.ts';
import type { Question } from './question.ts';

const ketamine = new PackIndex(ketaminePack());
const tinyResult = checkPack(tinyPackRaw());
if (!tinyResult.ok) throw new Error('tiny pack invalid');
const tiny = new PackIndex(tinyResult.value);

const byFamily = (qs: Question[], f: Question['family']) => qs.filter((q) => q.family === f);

describe.each([
  ['ketamine pack', ketamine],
  ['small synthetic pack', tiny],
])('questions generated from the %s', (_name, index) => {
  const qs = packQuestions(index, 7);

  it('are keyed from the graph', () => {
    for (const q of qs) {
      if (q.family === 'downstream') expect(index.outEdges.get(index.pack.edges.find((e) => `edge:${e.id}` === q.kc)!.source)!.map((e) => e.target)).toContain(q.answer);
      if (q.family === 'upstream') expect(index.inEdges.get(index.pack.edges.find((e) => `edge:${e.id}` === q.kc)!.target)!.map((e) => e.source)).toContain(q.answer);
      if (q.family === 'compartment' && /releases/.test(q.prompt)) {
        // A secreted ligand is asked where it is released: the compartment of what releases it.
        expect(index.inEdges.get(q.nodes[0]!)!.map((e) => index.node(e.source).compartment)).toContain(q.answer);
      } else if (q.family === 'compartment') expect(index.node(q.nodes[0]!).compartment).toBe(q.answer);
      if (q.family === 'gene') expect(index.node(q.nodes[0]!).genes!.map((g) => g.symbol)).toContain(q.answer);
      if (q.kind === 'order') {
        const order = index.pack.steps.map((s) => s.id);
        expect([...q.answer].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(q.answer);
      }
      if (q.kind === 'match') for (const [l, r] of Object.entries(q.answer)) expect(index.pack.edges.some((e) => e.source === l && e.target === r)).toBe(true);
      if (q.kind === 'multi') {
        const iv = index.pack.interventions.find((i) => `block:${i.id}` === q.kc)!;
        const run = runLab(index, [iv]);
        for (const c of q.choices) expect(q.answers.includes(c.id), c.label).toBe(!run.readouts.find((r) => r.readout.node === c.id)!.kept);
      }
    }
  });

  it('never offer a distractor equal to the answer', () => {
    for (const q of qs) {
      if (q.kind !== 'choice') continue;
      expect(q.choices.filter((c) => c.id === q.answer), q.prompt).toHaveLength(1);
      const labels = q.choices.map((c) => c.label.toLowerCase());
      expect(new Set(labels).size, q.prompt).toBe(labels.length);
      expect(q.choices.length, q.prompt).toBeGreaterThanOrEqual(2);
    }
  });

  it('link every question to a step that exists', () => {
    for (const q of qs) if (q.step) expect(index.steps.has(q.step), q.kc).toBe(true);
    expect(qs.filter((q) => q.step).length / qs.length).toBeGreaterThan(0.6);
  });

  it('are the same for the same seed', () => {
    expect(packQuestions(index, 7)).toEqual(qs);
  });
});

describe('ketamine questions', () => {
  const qs = packQuestions(ketamine, 3);
  it('cover every family', () => {
    for (const f of ['order', 'downstream', 'upstream', 'pairs', 'compartment', 'gene', 'blocker', 'locate', 'abbreviation', 'cloze', 'hand'] as const) {
      expect(byFamily(qs, f).length, f).toBeGreaterThan(0);
    }
  });
  it.each([
    ['trkb', 'NTRK2'],
    ['flk1', 'KDR'],
    ['psd95', 'DLG4'],
    ['glua1', 'GRIA1'],
  ])('gene symbol for %s is %s', (node, symbol) => {
    const q = byFamily(qs, 'gene').find((x) => x.nodes[0] === node);
    expect(q?.kind === 'choice' && q.answer).toBe(symbol);
  });
  it('matches the four ligand–receptor pairs of the figure', () => {
    const q = byFamily(qs, 'pairs')[0]!;
    expect(q.kind === 'match' && q.answer).toEqual({ glutamate: 'ampar', bdnf: 'trkb', vegf: 'flk1', gaba: 'gabaa' });
  });
  it('asks where the interneuron NMDA receptor is drawn, never offering a place it also occurs', () => {
    const q = byFamily(qs, 'compartment').find((x) => x.nodes[0] === 'nmdar_int')!;
    if (q.kind !== 'choice') throw new Error();
    expect(q.answer).toBe('int');
    // NMDA receptors are also on pyramidal neurons (the pack says so): not a fair wrong answer.
    expect(q.choices.map((c) => c.id)).not.toEqual(expect.arrayContaining(['post']));
    expect(q.choices.map((c) => c.id)).not.toEqual(expect.arrayContaining(['pyr_soma']));
  });
  it('uses the wrong cell type as a distractor for where the AMPA receptor is drawn', () => {
    const q = byFamily(qs, 'compartment').find((x) => x.nodes[0] === 'ampar')!;
    if (q.kind !== 'choice') throw new Error();
    expect(q.answer).toBe('post');
    expect(q.choices.filter((c) => c.misconception === 'a different cell').length).toBeGreaterThan(0);
  });
  it('places a receptor the figure also has elsewhere, so the question is about the one drawn', () => {
    expect(byFamily(qs, 'downstream').find((x) => x.kc === 'edge:e02')?.prompt).toBe('What does the NMDA receptor on the GABA interneuron act on directly in this pathway?');
  });
  it('counts BDNF as a defensible answer for what acts on the glutamate burst (through presynaptic TrkB), so never offers it', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const q = packQuestions(ketamine, seed).find((x) => x.family === 'upstream' && x.nodes.includes('glu_burst'))!;
      expect(q.kind === 'choice' && q.choices.map((c) => c.id)).not.toEqual(expect.arrayContaining(['bdnf']));
      expect(q.kind === 'choice' && q.choices.map((c) => c.id)).not.toEqual(expect.arrayContaining(['vegf']));
    }
  });
  it('asks where glutamate is released, not where it is (a secreted ligand)', () => {
    const q = byFamily(qs, 'compartment').find((x) => x.nodes[0] === 'glutamate')!;
    expect(q.prompt).toBe('In this figure, which compartment releases glutamate?');
    expect(q.kind === 'choice' && q.answer).toBe('pre');
  });
  it('never offers TrkB the parent or child of its compartment, nor the terminal that holds presynaptic TrkB', () => {
    const q = byFamily(qs, 'compartment').find((x) => x.nodes[0] === 'trkb')!;
    if (q.kind !== 'choice') throw new Error();
    expect(q.answer).toBe('post');
    expect(q.choices.map((c) => c.id)).not.toEqual(expect.arrayContaining(['pre']));
    expect(q.choices.map((c) => c.id)).not.toEqual(expect.arrayContaining(['er']));
  });
  it('uses reversed direction as a distractor for what BDNF acts on', () => {
    const q = byFamily(qs, 'downstream').find((x) => x.kc === 'edge:e15')!;
    if (q.kind !== 'choice') throw new Error();
    expect(q.answer).toBe('trkb');
    expect(q.choices.some((c) => c.misconception?.startsWith('reversed direction'))).toBe(true);
  });
  it('asks blocker questions only where a verified experiment agrees with the model', () => {
    const kcs = byFamily(qs, 'blocker').map((q) => q.kc);
    expect(kcs).toContain('block:nbqx');
    expect(kcs).toContain('block:rapamycin');
    expect(kcs).not.toContain('block:rapamycin_oral');
    expect(kcs).not.toContain('block:glun2b_kd');
    expect(kcs).not.toContain('block:u73122');
  });
});

describe('a figure record without a pack', () => {
  const r = parseFigureRecord(seedRecordText);
  if (!r.ok) throw new Error();
  const qs = figureQuestions(r.value, rng(2));
  it('gives caption gaps and keyword flashcards', () => {
    expect(byFamily(qs, 'cloze').length).toBeGreaterThan(3);
    const bdnf = qs.find((q) => q.kc === 'keyword:BDNF')!;
    expect(bdnf.kind === 'flashcard' && bdnf.back).toMatch(/^The caption: “.*BDNF/);
  });
  it.each([
    ['PIK3CA', /family “PI3K”, to which PIK3CA belongs, not PIK3CA itself/],
    ['PLCG1', /family “PLCγ”/],
    ['KDR', /calls KDR “Flk-1”/],
    ['GRIA1', /calls GRIA1 “GluA1”/],
    ['DLG4', /calls DLG4 “PSD95”/],
  ])('answers %s from the caption, which names it by an alias or family name', (keyword, back) => {
    const card = qs.find((q) => q.kc === `keyword:${keyword}`)!;
    expect(card.kind === 'flashcard' && card.back).toMatch(back);
  });
  it('does not ask about keywords the caption does not name (it cannot be sure they are absent)', () => {
    for (const k of ['Andorra', 'spn-E', 'BDNF-AS', 'Pvf1']) expect(qs.find((q) => q.kc === `keyword:${k}`), k).toBeUndefined();
    expect(qs.filter((q) => q.kind === 'flashcard').every((q) => q.kind === 'flashcard' && !/does not name/.test(q.back))).toBe(true);
  });
  it('never makes a gap of a word in the figure title', () => {
    for (const q of byFamily(qs, 'cloze')) expect(q.kind === 'choice' && q.answer.toLowerCase()).not.toBe('ketamine');
  });
});

describe('grading', () => {
  it.each([
    [['a', 'b', 'c', 'd'], 1],
    [['a', 'b', 'd', 'c'], 5 / 6],
    [['d', 'c', 'b', 'a'], 0],
  ])('order %j scores %d', (given, score) => expect(pairwiseOrderScore(given, ['a', 'b', 'c', 'd'])).toBeCloseTo(score));
  it('gives partial credit and suggests a rating', () => {
    const q = packQuestions(ketamine, 1).find((x) => x.kind === 'order')!;
    if (q.kind !== 'order') throw new Error();
    const nearly = [...q.answer];
    [nearly[2], nearly[3]] = [nearly[3]!, nearly[2]!];
    expect(gradeAnswer(q, { kind: 'order', order: q.answer })).toEqual({ correct: true, score: 1, suggested: 3 });
    expect(gradeAnswer(q, { kind: 'order', order: nearly })).toMatchObject({ correct: false, suggested: 2 });
  });
});

describe('modelling devices', () => {
  it('are never asked about, never keys nor trusted links', () => {
    const raw = tinyPackRaw();
    raw.edges.find((e: { id: string }) => e.id === 'e5').device = true; // A → D
    raw.nodes.find((n: { id: string }) => n.id === 'D').device = true;
    const r = checkPack(raw);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const idx = new PackIndex(r.value);
    const qs = packQuestions(idx, 1);
    // Steps may show a device (order questions list their nodes); nothing asks about it.
    expect(qs.filter((q) => q.kc === 'edge:e5' || (q.family !== 'order' && q.nodes.includes('D')))).toEqual([]);
    expect(qs.filter((q) => q.kind === 'choice' && q.choices.some((c) => c.id === 'D')).map((q) => q.prompt)).toEqual([]);
  });
});
