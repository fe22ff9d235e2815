import { describe, expect, it } from 'vitest';
import { PackIndex } from '../graph/pack-index.ts';
import { ketaminePack } from '../test-fixtures.ts';
import { agreesWithExperiment, compareWithExperiment } from './compare.ts';
import { expectedOutcomes } from './expected.ts';

// Every intervention with a cited experiment is run as that experiment was
// done and compared, readout by readout, with what it found.
const pack = ketaminePack();
const index = new PackIndex(pack);
const cited = pack.interventions.filter((i) => expectedOutcomes(pack, i));
const isHuman = (species: string) => /human|patient/i.test(species);

describe('the lab reproduces the experiments it cites', () => {
  it('has structured outcomes for every verified intervention', () => {
    const verified = pack.interventions.filter((i) => i.evidence.status === 'verified');
    expect(verified.length).toBeGreaterThanOrEqual(15);
    for (const i of verified) expect(expectedOutcomes(pack, i)?.rows.some((r) => r.expected !== 'not measured'), i.id).toBe(true);
  });

  it.each(cited.filter((i) => !isHuman(i.experiment!.species)).map((i) => [i.id, i] as const))('%s: no rodent experiment disagrees with the model', (_id, intervention) => {
    const c = compareWithExperiment(index, intervention)!;
    const disagreements = c.rows.filter((r) => r.agrees === false).map((r) => `${r.label}: found ${r.expected}, model ${r.model}`);
    expect(disagreements).toEqual([]);
    expect(intervention.modelMismatch).toBeUndefined();
  });

  it('oral rapamycin in patients is the one flagged disagreement, with its card', () => {
    const flagged = cited.filter((i) => agreesWithExperiment(index, i) === false).map((i) => i.id);
    expect(flagged).toEqual(['rapamycin_oral']);
    expect(iv('rapamycin_oral').modelMismatch).toMatch(/Experts disagree/);
    expect(pack.disagreements.some((d) => d.evidence.refs.includes('abdallah2020'))).toBe(true);
  });
});

describe('expected outcomes, as the lab will grade them', () => {
  it('lists every readout: kept, lost or not measured', () => {
    const t = expectedOutcomes(pack, iv('nbqx'))!;
    expect(t.stimulus).toBe(true);
    expect(t.rows.map((r) => r.node)).toEqual(pack.readouts.map((r) => r.node));
    expect(t.rows.filter((r) => r.expected !== 'not measured')).toEqual([
      { node: 'bdnf', label: 'BDNF release', expected: 'lost' },
      { node: 'outcome', label: 'Antidepressant-like effect', expected: 'lost' },
    ]);
  });
  it('says a mimic was given without the stimulus', () => {
    expect(expectedOutcomes(pack, iv('ro25'))).toMatchObject({ stimulus: false });
  });
  it('is undefined when no experiment is cited (a model prediction)', () => {
    expect(expectedOutcomes(pack, iv('u73122'))).toBeUndefined();
    expect(agreesWithExperiment(index, iv('u73122'))).toBeUndefined();
  });
});

function iv(id: string) {
  return pack.interventions.find((i) => i.id === id)!;
}
