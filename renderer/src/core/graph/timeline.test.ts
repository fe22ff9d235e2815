import { describe, expect, it } from 'vitest';
import { PackIndex } from './pack-index.ts';
import { stepIndexFor, timeline } from './timeline.ts';
import { ketaminePack } from '../test-fixtures.ts';
import { TIME_SCALES } from '../pack/schema.ts';

const index = new PackIndex(ketaminePack());

describe('step timeline', () => {
  const basic = timeline(index, 'basic');
  const advanced = timeline(index, 'advanced');

  it('has fewer steps in basic than in advanced detail', () => {
    expect(basic.length).toBe(14);
    expect(advanced.length).toBe(18);
    expect(basic.every((f) => f.count === 14)).toBe(true);
  });

  it.each([
    [0, ['ketamine'], []],
    [1, ['nmdar_int', 'int_firing'], ['e01', 'e02']],
    [2, ['gaba', 'gabaa', 'pyr_firing'], ['e03', 'e04', 'e05']],
  ])('basic step %i lights its own nodes and edges', (k, nodes, edges) => {
    expect([...basic[k]!.currentNodes]).toEqual(nodes);
    expect([...basic[k]!.currentEdges]).toEqual(edges);
  });

  it('keeps earlier steps on and leaves later ones off', () => {
    const f = basic[4]!; // AMPA receptors respond
    expect(f.revealedNodes.has('ketamine')).toBe(true);
    expect(f.revealedNodes.has('glutamate')).toBe(true);
    expect(f.revealedNodes.has('ampar')).toBe(true);
    expect(f.revealedNodes.has('bdnf')).toBe(false);
    expect(f.revealedEdges.has('e09')).toBe(true);
    expect(f.revealedEdges.has('e13')).toBe(false);
  });

  it('never shows an advanced node in basic detail', () => {
    const last = basic[basic.length - 1]!;
    for (const id of last.revealedNodes) expect(index.node(id).detail).toBe('basic');
    expect(last.revealedNodes.has('plcg')).toBe(false);
    expect(advanced[advanced.length - 1]!.revealedNodes.has('plcg')).toBe(true);
  });

  it('ends at the antidepressant outcome', () => {
    expect([...basic[basic.length - 1]!.currentNodes]).toEqual(['outcome']);
  });

  it('maps a remembered advanced step back to the nearest earlier basic step', () => {
    expect(stepIndexFor(index, 'basic', 's13')).toBe(8); // after s09 TrkB and Flk-1 (basic index 8)
    expect(stepIndexFor(index, 'advanced', 's13')).toBe(10);
    expect(stepIndexFor(index, 'basic', 's15')).toBe(10); // after s11 mTORC1 (basic index 10)
    expect(stepIndexFor(index, 'basic', undefined)).toBe(0);
  });
});

describe('causal order', () => {
  it('starts at ketamine and runs through the cascade to the outcome', () => {
    const order = index.causalOrder('basic');
    expect(order[0]).toBe('ketamine');
    expect(order.indexOf('nmdar_int')).toBeLessThan(order.indexOf('gaba'));
    expect(order.indexOf('bdnf')).toBeLessThan(order.indexOf('trkb'));
    expect(order[order.length - 1]).toBe('outcome');
    expect(order).not.toContain('plcg');
  });
});

describe('time badges', () => {
  it.each(['basic', 'advanced'] as const)('move forward across consecutive %s steps (seconds → minutes → hours → ~24 h), never back', (detail) => {
    const scales = timeline(index, detail).map((f) => f.step.timeScale);
    const back = scales.flatMap((s, i) => (i > 0 && TIME_SCALES.indexOf(s) < TIME_SCALES.indexOf(scales[i - 1]!) ? [`step ${i + 1}: ${scales[i - 1]} → ${s}`] : []));
    expect(back).toEqual([]);
    expect(scales[0]).toBe('seconds');
    expect(scales.at(-1)).toBe('~24 h');
  });
});
