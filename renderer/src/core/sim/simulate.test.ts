import { describe, expect, it } from 'vitest';
import { PackIndex } from '../graph/pack-index.ts';
import { agreesWithExperiment, runLab } from './compare.ts';
import { simulate } from './simulate.ts';
import { checkPack } from '../pack/validate-pack.ts';
import { ketaminePack, tinyPackRaw } from '../test-fixtures.ts';

const pack = ketaminePack();
const index = new PackIndex(pack);
const iv = (id: string) => pack.interventions.find((i) => i.id === id)!;
const outcome = (run: ReturnType<typeof runLab>, label: string) => run.readouts.find((r) => r.readout.label === label)!;

describe('baseline: ketamine alone', () => {
  const sim = simulate(index, { stimulus: true, interventions: [] });
  it('switches the interneuron off and the whole cascade on', () => {
    expect(sim.final.on.has('nmdar_int')).toBe(false);
    expect(sim.final.on.has('gabaa')).toBe(false);
    for (const n of ['pyr_firing', 'glu_burst', 'bdnf', 'vegf', 'mtorc1', 'synaptogenesis', 'outcome']) expect(sim.final.on.has(n), n).toBe(true);
    expect(sim.final.oscillating).toEqual([]);
  });
  it('leaves everything downstream off at rest (the feedback loop does not start by itself)', () => {
    const rest = simulate(index, { stimulus: false, interventions: [] });
    expect([...rest.final.on].sort()).toEqual(['gaba', 'gabaa', 'int_firing', 'nmdar_int']);
  });
});

// Expected outcomes follow the experiments in the fact sheet, section 4.
const table: [string, string[], string[], number][] = [
  ['nbqx', ['Glutamate burst', 'Disinhibition'], ['BDNF release', 'Synaptogenesis', 'Antidepressant-like effect'], 5],
  ['verapamil', ['Glutamate burst', 'AMPA-receptor activation'], ['Ca²⁺ entry', 'BDNF release', 'Synaptogenesis'], 7],
  ['nifedipine', ['AMPA-receptor activation'], ['Ca²⁺ entry', 'BDNF release'], 7],
  ['rapamycin', ['BDNF release', 'VEGF release', 'TrkB activation', 'Flk-1 activation'], ['GluA1 synthesis', 'PSD95 synthesis', 'Synaptogenesis'], 11],
  ['anti_vegf', ['BDNF release', 'TrkB activation'], ['Flk-1 activation', 'Synaptogenesis', 'Antidepressant-like effect'], 8],
  ['flk1_kd', ['BDNF release', 'VEGF release'], ['Flk-1 activation', 'Synaptogenesis'], 9],
  ['anti_bdnf', ['BDNF release', 'VEGF release', 'Flk-1 activation'], ['TrkB activation', 'Synaptogenesis'], 8],
  ['val66met', ['VEGF release', 'Ca²⁺ entry'], ['BDNF release', 'Synaptogenesis'], 8],
  ['pi3k_antagonist', ['TrkB activation', 'Flk-1 activation'], ['mTORC1 activation', 'Synaptogenesis'], 10],
  ['u73122', ['Synaptogenesis', 'Antidepressant-like effect'], [], 12],
];

describe('blocker outcomes', () => {
  it.each(table)('%s', (id, kept, lost, stopStep) => {
    const run = runLab(index, [iv(id)]);
    for (const k of kept) expect(outcome(run, k).kept, `${k} kept`).toBe(true);
    for (const l of lost) {
      expect(outcome(run, l).kept, `${l} lost`).toBe(false);
      expect(outcome(run, l).stoppedAt?.stepNumber, `${l} explained`).toBeGreaterThan(0);
    }
    expect(run.firstStop?.stepNumber).toBe(stopStep);
  });

  it('explains a lost readout by the blocked step', () => {
    const run = runLab(index, [iv('nbqx')]);
    const bdnf = outcome(run, 'BDNF release');
    expect(bdnf.stoppedAt?.node).toBe('ampar');
    expect(bdnf.stoppedAt?.cause?.id).toBe('nbqx');
  });

  it('reports occlusion when the knockdown alone runs the cascade', () => {
    const run = runLab(index, [iv('glun2b_kd')]);
    expect(outcome(run, 'Synaptogenesis')).toMatchObject({ kept: true, occluded: true });
  });

  it('combines interventions', () => {
    const run = runLab(index, [iv('u73122'), iv('anti_vegf')]);
    expect(outcome(run, 'Synaptogenesis').kept).toBe(false);
  });
});

describe('every published experiment in the pack', () => {
  const withObservation = pack.interventions.filter((i) => i.experiment?.observed);
  it('has at least ten to check', () => expect(withObservation.length).toBeGreaterThanOrEqual(10));
  it.each(withObservation.map((i) => [i.id, i] as const))('%s: the model agrees, or the pack says why not', (_id, intervention) => {
    expect(agreesWithExperiment(index, intervention)).toBe(!intervention.modelMismatch);
  });
});

describe('engine properties on synthetic packs', () => {
  const tiny = () => {
    const r = checkPack(tinyPackRaw());
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return new PackIndex(r.value);
  };
  it('needs all inputs at an AND node', () => {
    const idx = tiny();
    const run = runLab(idx, [idx.pack.interventions[1]!]); // C on inhibits B; OUT needs B and D
    expect(run.readouts.map((r) => [r.readout.node, r.kept])).toEqual([['B', false], ['OUT', false]]);
  });
  it('reports an oscillating negative loop instead of hanging', () => {
    const raw = tinyPackRaw();
    raw.edges.push({ id: 'loop', source: 'B', target: 'A', kind: 'negative', mechanism: 'inhibits', evidence: { status: 'verified', refs: ['r1'] } });
    const r = checkPack(raw);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const sim = simulate(new PackIndex(r.value), { stimulus: true, interventions: [] });
    expect(sim.final.oscillating).toContain('A');
    expect(sim.final.oscillating).toContain('B');
  });
  it('is deterministic', () => {
    const a = simulate(index, { stimulus: true, interventions: [iv('nbqx')] });
    const b = simulate(index, { stimulus: true, interventions: [iv('nbqx')] });
    expect([...a.final.on]).toEqual([...b.final.on]);
  });
});
