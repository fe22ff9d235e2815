import { describe, expect, it } from 'vitest';
import { PackIndex } from '../core/graph/pack-index.ts';
import { timeline } from '../core/graph/timeline.ts';
import { checkPack } from '../core/pack/validate-pack.ts';
import { simulate } from '../core/sim/simulate.ts';
import { tinyPackRaw } from '../core/test-fixtures.ts';
import { scheduleStep } from './step-schedule.ts';

/**
 * A double negative like disinhibition: S ⊣ X (tonic) → Y ⊣ Z (tonic) → W.
 * Giving S silences X, so Y stops, so the brake on Z lifts and W follows.
 */
function doubleNegative() {
  const raw = tinyPackRaw();
  const ev = { status: 'verified', refs: ['r1'] };
  const node = (id: string, extra = {}) => ({ id, label: id, kind: 'protein', compartment: 'cell', description: id, evidence: ev, ...extra });
  const edge = (id: string, source: string, target: string, kind = 'positive') => ({ id, source, target, kind, mechanism: kind === 'negative' ? 'inhibits' : 'activates', evidence: ev });
  const step = (id: string, nodes: string[], edges: string[]) => ({ id, title: id, narration: id, nodes, edges, timeScale: 'seconds', evidence: ev });
  Object.assign(raw, {
    nodes: [node('S', { kind: 'drug' }), node('X', { basal: true }), node('Y'), node('Z', { basal: true }), node('W')],
    edges: [edge('sx', 'S', 'X', 'negative'), edge('xy', 'X', 'Y'), edge('yz', 'Y', 'Z', 'negative'), edge('zw', 'Z', 'W')],
    steps: [step('s1', ['S'], []), step('s2', ['X'], ['sx']), step('s3', ['Y', 'Z'], ['xy', 'yz']), step('s4', ['W'], ['zw'])],
    readouts: [{ node: 'W', label: 'W' }],
    interventions: [{ id: 'cutZW', name: 'Cut', kind: 'drug', action: 'inhibit', targets: [{ edge: 'zw' }], mechanism: 'cut', description: 'cuts Z to W', evidence: ev }],
    glossary: [],
  });
  const r = checkPack(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  const index = new PackIndex(r.value);
  return { index, frames: timeline(index, 'basic') };
}

describe('the order of events within a step', () => {
  const { index, frames } = doubleNegative();
  const sim = simulate(index, { stimulus: true, interventions: [] });

  it.each([
    ['s2', [['sx', 'inhibit', 0, 1]], [['X', 1]], ['X']],
    ['s3', [['xy', 'drain', 0, 1], ['yz', 'lift', 1, 2]], [['Y', 1], ['Z', 2]], ['Y']],
    ['s4', [['zw', 'flow', 0, 1]], [['W', 1]], []],
  ] as const)('%s: events, arrivals and what was on at rest', (stepId, events, arrivals, wasOn) => {
    const s = scheduleStep(index, frames.find((f) => f.step.id === stepId)!, sim);
    expect(s.edges.map((e) => [e.id, e.event, e.start, e.end])).toEqual(events);
    expect([...s.arrivals]).toEqual(arrivals);
    expect([...s.wasOn].sort()).toEqual([...wasOn].sort());
  });

  it('a node never takes its state before the signal reaches it', () => {
    for (const frame of frames) {
      const s = scheduleStep(index, frame, sim);
      const checked = s.edges.filter((e) => frame.currentNodes.has(index.edges.get(e.id)!.target));
      for (const e of checked) expect(s.arrivals.get(index.edges.get(e.id)!.target), e.id).toBeGreaterThanOrEqual(e.end);
      if (frame.step.id !== 's1') expect(checked.length).toBeGreaterThan(0);
    }
  });

  it('a signal meeting a cut edge halts there', () => {
    const cut = simulate(index, { stimulus: true, interventions: index.pack.interventions });
    const s = scheduleStep(index, frames.find((f) => f.step.id === 's4')!, cut);
    expect(s.edges.map((e) => e.event)).toEqual(['halt']);
  });

  it('without the stimulus nothing changes: the tonic signal keeps flowing and the brake stays on', () => {
    const rest = simulate(index, { stimulus: false, interventions: [] });
    const s = scheduleStep(index, frames.find((f) => f.step.id === 's3')!, rest);
    expect(s.edges.map((e) => e.event)).toEqual(['flow', 'inhibit']);
  });
});
