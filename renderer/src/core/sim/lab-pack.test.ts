import { describe, expect, it } from 'vitest';
import { bundledPathway, ketaminePack } from '../test-fixtures.ts';
import { PackIndex } from '../graph/pack-index.ts';
import { withLesson } from '../graph/derive-lesson.ts';
import type { PathwayPack } from '../pack/schema.ts';
import { runLab } from './compare.ts';
import { expectedOutcomes } from './expected.ts';
import { labRows } from './grade.ts';
import { withLab } from './lab-pack.ts';
import { MODEL_TOOL_EVIDENCE, modelInterventions } from './model-tools.ts';
import { derivedReadouts, READOUT_LIMIT } from './derived-readouts.ts';
import { TONIC_NOTE } from '../gpml/tonic-nodes.ts';

const wp2380 = bundledPathway('WP2380');
const wp1471 = bundledPathway('WP1471');
const wp4141 = bundledPathway('WP4141');
const byName = (pack: PathwayPack, name: string) => withLab(pack).interventions.find((i) => i.name === name);
const labelOf = (pack: PathwayPack, id: string) => pack.nodes.find((n) => n.id === id)!.label;
/** Readout labels lost when the tool runs with the stimulus. */
const lost = (pack: PathwayPack, tool: string) => {
  const lab = withLab(pack);
  const run = runLab(new PackIndex(lab), [byName(pack, tool)!]);
  return run.readouts.filter((r) => r.baseline && !r.kept).map((r) => r.readout.label);
};

describe('lab tools on any pathway', () => {
  it('a hand-written pack keeps its own interventions and readouts', () => {
    const pack = ketaminePack();
    expect(withLab(pack)).toBe(pack);
  });

  it('one Inhibit and one Activate per entity, acting on every drawn copy; never a second Activate for the start', () => {
    const tools = modelInterventions(wp2380);
    const inhibitNtrk2 = tools.find((t) => t.name === 'Inhibit NTRK2')!;
    expect(inhibitNtrk2.targets.map((t) => ('node' in t ? labelOf(wp2380, t.node) : ''))).toEqual(['NTRK2', 'NTRK2']);
    expect(tools.find((t) => t.name === 'Activate NTRK2')).toBeUndefined(); // NTRK2 is the stimulus
    expect(tools.filter((t) => t.name === 'Inhibit BDNF')).toHaveLength(1);
    expect(tools.find((t) => t.name === 'Inhibit BDNF (RNA)')!.targets).toHaveLength(3);
    expect(new Set(tools.map((t) => t.id)).size).toBe(tools.length);
    expect(new Set(tools.map((t) => t.name)).size).toBe(tools.length);
  });

  it.each([
    ['a location marker', 'Inhibit CY'],
    ['a phenotype', 'Inhibit Apoptosis'],
    ['a garbled label', 'Inhibit ط®آ³-secretase complex'],
    ['a complex member that only belongs (act on MAPK3:MAPK1)', 'Inhibit MAPK3'],
  ])('no tool for %s', (_what, name) => {
    expect(modelInterventions(wp2380).find((t) => t.name === name)).toBeUndefined();
  });

  it('a member that also acts on its own gets a tool that says the complex stays on', () => {
    const gria1 = modelInterventions(wp2380).find((t) => t.name === 'Inhibit GRIA1')!;
    expect(gria1.description).toMatch(/drawn inside GRIA2:GRIA1:GRIA3: .*act on the complex to silence it/);
  });

  it('every tool says there is no experiment, so the lab shows a model prediction', () => {
    for (const t of modelInterventions(wp1471)) {
      expect(t.experiment).toBeUndefined();
      expect(t.evidence).toEqual(MODEL_TOOL_EVIDENCE);
      expect(expectedOutcomes(wp1471, t)).toBeUndefined();
    }
    const lab = withLab(wp1471);
    const rows = labRows(runLab(new PackIndex(lab), [byName(wp1471, 'Inhibit AKT1')!]));
    expect(rows.map((r) => [r.result.readout.label, r.model, r.keySource])).toEqual([['AKT1 active', 'lost', 'model'], ['Survival', 'lost', 'model']]);
  });

  it.each([
    // Inhibiting the start stops everything.
    [wp2380, 'Inhibit NTRK2', (all: string[]) => all],
    // WP4141: 1,25-(OH)2-D3 → VDR → PI3K → AKT → PFKFB4 → glycolysis: every readout lies after PI3K; PFKFB4 cuts the glycolysis arm only.
    [wp4141, 'Inhibit PI3K', () => ['PI3K active', 'PFKFB4 active', 'Fructose Bisphosphate made', 'Pyruvate made', 'Cell cycle', 'Lactate made', 'TCA Cycle']],
    [wp4141, 'Inhibit PFKFB4', () => ['PFKFB4 active', 'Fructose Bisphosphate made', 'Pyruvate made', 'Lactate made', 'TCA Cycle']],
  ] as const)('%#: %s', (pack, tool, expected) => {
    const all = derivedReadouts(pack).map((r) => r.label);
    expect(lost(pack, tool).sort()).toEqual([...expected(all)].sort());
  });
});

describe('derived readouts', () => {
  it.each([
    ['WP2380', wp2380, ['Growth cone motility', 'CSNK2A1 active', 'Endocytosis- dependent', 'Neuronal growth, differentiation, and protection', 'CDK5 dependent regulation of CDC42 activity',
      'Regulation of synaptic plasticity', 'RAP1A active', 'MAP3K2 active', 'Nitric oxide production', 'Human airway smooth muscle cell proliferation', 'MAPK7 active', 'Cerebellar granule neuronal survival']],
    ['WP1471', wp1471, ['AKT1 active', 'Survival']],
    ['WP4141', wp4141, ['PI3K active', 'PFKFB4 active', 'Fructose Bisphosphate made', 'Pyruvate made', 'Cell cycle', 'Lactate made', 'TCA Cycle']],
  ])('%s (from its bundled start)', (_wp, pack, labels) => {
    expect(derivedReadouts(pack).map((r) => r.label)).toEqual(labels);
  });

  it.each([['WP2380', wp2380], ['WP1471', wp1471], ['WP4141', wp4141]])('%s: at most 12, each switched on by the stimulus, one per label, never the start', (_wp, pack) => {
    const readouts = derivedReadouts(pack);
    expect(readouts.length).toBeLessThanOrEqual(READOUT_LIMIT);
    const run = runLab(new PackIndex(withLab(pack)), []);
    expect(run.readouts.every((r) => r.baseline && r.kept)).toBe(true);
    const labels = readouts.map((r) => labelOf(pack, r.node).toLowerCase());
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).not.toContain(labelOf(pack, pack.stimulus).toLowerCase());
  });

  it('follow the start the student picks', () => {
    const akt = wp2380.nodes.find((n) => n.label === 'AKT1')!.id;
    const fromAkt = derivedReadouts(withLesson(wp2380, akt)).map((r) => r.label);
    expect(fromAkt).not.toEqual(derivedReadouts(wp2380).map((r) => r.label));
    expect(fromAkt).not.toContain('AKT1 active');
    expect(fromAkt.length).toBeGreaterThan(0);
  });
});

describe('nodes drawn with inhibitors only are active at rest (imported pathways)', () => {
  it('WP1471: 4E-BP1, PRAS40 (AKT1S1) and ULK1 are tonic, with the note saying it is an assumption', () => {
    const tonic = wp1471.nodes.filter((n) => n.basal).map((n) => n.label).sort();
    expect(tonic).toEqual(['AKT1S1', 'EIF4EBP1', 'Insulin signaling', 'ULK1']);
    expect(wp1471.nodes.filter((n) => n.basal).every((n) => n.logicNote === TONIC_NOTE)).toBe(true);
  });

  it('WP1471: insulin signalling relieves PRAS40 (AKT1 ⊣ AKT1S1): on at rest, off with the stimulus', () => {
    const run = runLab(new PackIndex(withLab(wp1471)), []);
    const pras40 = wp1471.nodes.find((n) => n.label === 'AKT1S1')!.id;
    expect(run.baseline.rest.on.has(pras40)).toBe(true);
    expect(run.baseline.final.on.has(pras40)).toBe(false);
  });
});
