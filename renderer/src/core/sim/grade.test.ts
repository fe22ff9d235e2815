import { describe, expect, it } from 'vitest';
import { PackIndex } from '../graph/pack-index.ts';
import { ketaminePack } from '../test-fixtures.ts';
import { runLab } from './compare.ts';
import { expectedOutcomes } from './expected.ts';
import { gradeLab, labRows, type LabRow, type Prediction } from './grade.ts';

const pack = ketaminePack();
const index = new PackIndex(pack);
const iv = (id: string) => pack.interventions.find((i) => i.id === id)!;
const rowsFor = (id: string, stimulus = true) => labRows(runLab(index, [iv(id)], { detail: 'basic', stimulus }), expectedOutcomes(pack, iv(id)), stimulus);
const row = <R extends LabRow>(rows: readonly R[], node: string): R => rows.find((r) => r.result.readout.node === node)!;

describe('grading lab predictions', () => {
  it('grades against the published result where the experiment measured the readout, else against the model', () => {
    const rows = rowsFor('nbqx');
    expect(row(rows, 'bdnf')).toMatchObject({ model: 'lost', published: 'lost', key: 'lost', keySource: 'published' });
    expect(row(rows, 'glu_burst')).toMatchObject({ model: 'kept', key: 'kept', keySource: 'model' });
    expect(row(rows, 'glu_burst').published).toBeUndefined();
  });

  it('explains a wrong prediction by the step where the signal stopped', () => {
    const { rows, right, graded } = gradeLab(rowsFor('nbqx'), new Map<string, Prediction>([['bdnf', 'kept'], ['glu_burst', 'kept'], ['ca', 'unsure']]));
    expect(row(rows, 'bdnf')).toMatchObject({ verdict: 'wrong', explanation: 'BDNF release is lost: the signal stops at step 5, “AMPA receptors respond” (NBQX).' });
    expect(row(rows, 'glu_burst').verdict).toBe('right');
    expect(row(rows, 'ca').verdict).toBe('unsure');
    // Readouts left without a prediction count as "not sure", never as a guess.
    expect(graded).toBe(2);
    expect(right).toBe(1);
  });

  it('oral rapamycin in patients: predicting "lost" is wrong, because the trial found the effect kept; the model is shown apart', () => {
    const rows = rowsFor('rapamycin_oral');
    const outcome = row(rows, 'outcome');
    expect(outcome).toMatchObject({ model: 'lost', published: 'kept', key: 'kept' });
    expect(outcome.explanation).toMatch(/published experiment found it kept, unlike the model/);
    expect(row(gradeLab(rows, new Map([['outcome', 'lost' as const]])).rows, 'outcome').verdict).toBe('wrong');
  });

  it('a mimic given without the stimulus is graded against its own experiment', () => {
    const rows = rowsFor('ro25', false);
    expect(row(rows, 'outcome')).toMatchObject({ model: 'kept', published: 'kept', key: 'kept' });
    // Run with ketamine instead, the Ro 25-6981 experiment does not apply: the model is the key.
    expect(row(rowsFor('ro25', true), 'outcome').keySource).toBe('model');
  });

  it('a tool with no published experiment is graded against the model only', () => {
    expect(rowsFor('u73122').every((r) => r.keySource === 'model')).toBe(true);
  });
});
