import { describe, expect, it } from 'vitest';
import { PackIndex } from '../graph/pack-index.ts';
import { runLab } from './compare.ts';
import { readoutBasis } from './certainty.ts';
import { explainReadout } from './grade.ts';
import { simulate } from './simulate.ts';
import { checkPack } from '../pack/validate-pack.ts';
import { ketaminePack, tinyPackRaw } from '../test-fixtures.ts';

const pack = ketaminePack();
const index = new PackIndex(pack);
const iv = (id: string) => pack.interventions.find((i) => i.id === id)!;
const outcome = (run: ReturnType<typeof runLab>, label: string) => run.readouts.find((r) => r.readout.label === label)!;
const ALL = ['Disinhibition', 'Glutamate burst', 'AMPA-receptor activation', 'Ca²⁺ entry', 'BDNF release', 'VEGF release', 'TrkB activation', 'Flk-1 activation', 'mTORC1 activation', 'GluA1 synthesis', 'PSD95 synthesis', 'Synaptogenesis', 'Antidepressant-like effect'];

describe('baseline: ketamine alone', () => {
  const sim = simulate(index, { stimulus: true, interventions: [] });
  it('blocks the interneuron receptor and switches the whole cascade on, including the mutual BDNF–VEGF release', () => {
    expect(sim.final.on.has('nmdar_int')).toBe(false);
    expect(sim.final.on.has('int_firing')).toBe(false);
    expect(sim.final.on.has('gabaa')).toBe(false);
    for (const n of ['pyr_firing', 'glu_burst', 'bdnf', 'vegf', 'hetero', 'pre_trkb', 'mtorc1', 'synaptogenesis', 'outcome']) expect(sim.final.on.has(n), n).toBe(true);
    expect(sim.final.oscillating).toEqual([]);
  });
  it('leaves everything downstream off at rest (no loop starts by itself)', () => {
    const rest = simulate(index, { stimulus: false, interventions: [] });
    expect([...rest.final.on].sort()).toEqual(['gaba', 'gabaa', 'int_firing', 'nmdar_int']);
  });
});

// What the model predicts, per intervention given with ketamine: readouts kept, the
// rest lost, and the step (Advanced numbering) where the signal stops.
const table: [string, string[], number][] = [
  ['glun2b_kd', [], 2],
  ['nbqx', ['Disinhibition', 'Glutamate burst'], 5],
  ['verapamil', ['Disinhibition', 'Glutamate burst', 'AMPA-receptor activation'], 7],
  ['anti_bdnf', ['Disinhibition', 'Glutamate burst', 'AMPA-receptor activation', 'Ca²⁺ entry'], 8],
  ['anti_vegf', ['Disinhibition', 'Glutamate burst', 'AMPA-receptor activation', 'Ca²⁺ entry'], 8],
  ['val66met', ['Disinhibition', 'Glutamate burst', 'AMPA-receptor activation', 'Ca²⁺ entry'], 8],
  ['flk1_kd', ['Disinhibition', 'Glutamate burst', 'AMPA-receptor activation', 'Ca²⁺ entry'], 9],
  ['trkb_del', ['Disinhibition', 'Glutamate burst', 'AMPA-receptor activation', 'Ca²⁺ entry'], 9],
  ['u73122', ['Disinhibition', 'Glutamate burst', 'AMPA-receptor activation', 'Ca²⁺ entry'], 10],
  ['pi3k_antagonist', ['Disinhibition', 'Glutamate burst', 'AMPA-receptor activation', 'Ca²⁺ entry', 'BDNF release', 'VEGF release', 'TrkB activation', 'Flk-1 activation'], 13],
  ['rapamycin', ['Disinhibition', 'Glutamate burst', 'AMPA-receptor activation', 'Ca²⁺ entry', 'BDNF release', 'VEGF release', 'TrkB activation', 'Flk-1 activation'], 14],
  ['muscimol', [], 3],
];

describe('what each intervention does in the model', () => {
  it.each(table)('%s', (id, kept, stopStep) => {
    const run = runLab(index, [iv(id)]);
    for (const label of ALL) {
      expect(outcome(run, label).kept, `${label} ${kept.includes(label) ? 'kept' : 'lost'}`).toBe(kept.includes(label));
      if (!kept.includes(label)) expect(outcome(run, label).stoppedAt?.stepNumber, `${label} explained`).toBeGreaterThan(0);
    }
    expect(run.firstStop?.stepNumber).toBe(stopStep);
    expect(run.firstStop?.cause?.id).toBe(id);
  });
});

describe('GluN2B knockdown versus an acute block (Gerhard 2020)', () => {
  it('a knockdown made weeks earlier leaves ketamine nothing to block: the interneurons keep firing', () => {
    const sim = simulate(index, { stimulus: true, interventions: [iv('glun2b_kd')] });
    expect(sim.final.on.has('int_firing')).toBe(true);
    expect(sim.final.on.has('pyr_firing')).toBe(false);
  });
  it('the knockdown alone changes nothing at rest (no occlusion)', () => {
    const run = runLab(index, [iv('glun2b_kd')], { stimulus: false });
    expect(run.readouts.filter((r) => r.kept)).toEqual([]);
  });
  it('explains the lost disinhibition by the knockdown and by the tonic firing it leaves', () => {
    const text = explainReadout(outcome(runLab(index, [iv('glun2b_kd')], { detail: 'basic' }), 'Disinhibition'));
    expect(text).toMatch(/^Disinhibition is lost: the signal stops at step 2, “Ketamine blocks interneuron NMDA receptors” \(GluN2B knockdown in interneurons\)\. Interneurons fire tonically/);
  });
  it.each(['ro25', 'dreadd_silence'])('%s given without ketamine still produces the whole cascade, not as occlusion', (id) => {
    const run = runLab(index, [iv(id)], { stimulus: false });
    expect(run.readouts.filter((r) => !r.kept).map((r) => r.readout.label)).toEqual([]);
    expect(run.readouts.some((r) => r.occluded)).toBe(false);
  });
});

describe('BDNF–VEGF interdependence (heterologous release, the authors’ model)', () => {
  it.each([
    ['anti_vegf', /BDNF cannot make up for the loss/],
    ['anti_bdnf', /VEGF cannot make up for the loss/],
  ])('%s collapses both factors, and each lost outcome says why the other factor cannot rescue it', (id, rescue) => {
    const run = runLab(index, [iv(id)]);
    for (const label of ['BDNF release', 'VEGF release', 'TrkB activation', 'Flk-1 activation', 'Synaptogenesis', 'Antidepressant-like effect']) {
      expect(explainReadout(outcome(run, label)), label).toMatch(rescue);
    }
  });
  it('the PLC inhibitor predicts a loss, and that prediction rests on the model alone', () => {
    const basis = readoutBasis(index, iv('u73122'));
    expect(basis.find((b) => b.node === 'outcome')).toMatchObject({ kept: false, basis: 'model' });
    expect(basis.find((b) => b.node === 'glu_burst')).toMatchObject({ kept: true, basis: 'trusted' });
  });
  it('the presynaptic feedback loop does not sustain itself when disinhibition is blocked', () => {
    const sim = simulate(index, { stimulus: true, interventions: [iv('muscimol')] });
    for (const n of ['glu_burst', 'pre_trkb', 'pre_flk1', 'bdnf', 'vegf', 'hetero']) expect(sim.final.on.has(n), n).toBe(false);
  });
  it('without Ca²⁺ entry nothing ignites: the loop needs a real trigger', () => {
    const sim = simulate(index, { stimulus: true, interventions: [iv('verapamil')] });
    expect(['bdnf', 'vegf', 'hetero', 'pre_trkb'].filter((n) => sim.final.on.has(n))).toEqual([]);
  });
});

describe('engine properties', () => {
  it('combines interventions', () => {
    const run = runLab(index, [iv('rapamycin'), iv('nbqx')]);
    expect(outcome(run, 'BDNF release').kept).toBe(false);
    expect(run.firstStop?.cause?.id).toBe('nbqx');
  });
  it('needs all inputs at an AND node (small synthetic pack)', () => {
    const r = checkPack(tinyPackRaw());
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const idx = new PackIndex(r.value);
    const run = runLab(idx, [idx.pack.interventions[1]!]); // C on inhibits B; OUT needs B and D
    expect(run.readouts.map((x) => [x.readout.node, x.kept])).toEqual([['B', false], ['OUT', false]]);
  });
  it('is deterministic', () => {
    const a = simulate(index, { stimulus: true, interventions: [iv('nbqx')] });
    const b = simulate(index, { stimulus: true, interventions: [iv('nbqx')] });
    expect([...a.final.on]).toEqual([...b.final.on]);
  });
});
