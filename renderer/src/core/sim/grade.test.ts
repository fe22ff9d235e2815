import { describe, expect, it } from 'vitest';
import { PackIndex } from '../graph/pack-index.ts';
import { ketaminePack } from '../test-fixtures.ts';
import { runLab } from './compare.ts';
import { gradePredictions } from './grade.ts';

const pack = ketaminePack();
const index = new PackIndex(pack);
const nbqx = pack.interventions.find((i) => i.id === 'nbqx')!;

describe('grading kept/lost predictions', () => {
  const run = runLab(index, [nbqx], { detail: 'basic' });
  it('is all right when the learner predicts what the model says', () => {
    const kept = new Set(run.readouts.filter((r) => r.kept).map((r) => r.readout.node));
    const { graded, right } = gradePredictions(run, kept);
    expect(right).toBe(graded.length);
  });
  it('explains a wrong prediction by the step where the signal stopped', () => {
    const { graded } = gradePredictions(run, new Set(['bdnf', 'glu_burst']));
    const bdnf = graded.find((g) => g.result.readout.node === 'bdnf')!;
    expect(bdnf.correct).toBe(false);
    expect(bdnf.explanation).toBe('BDNF release is lost: the signal stops at step 5, “AMPA receptors respond” (NBQX).');
    expect(graded.find((g) => g.result.readout.node === 'glu_burst')!.correct).toBe(true);
  });
  it('grades a mimic given without the stimulus', () => {
    const ro = pack.interventions.find((i) => i.id === 'ro25')!;
    const mimic = runLab(index, [ro], { stimulus: false });
    expect(mimic.readouts.find((r) => r.readout.node === 'outcome')!.kept).toBe(true);
    expect(mimic.readouts.find((r) => r.readout.node === 'outcome')!.occluded).toBe(false);
  });
});
