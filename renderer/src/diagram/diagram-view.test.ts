import { describe, expect, it } from 'vitest';
import { PackIndex } from '../core/graph/pack-index.ts';
import { ketaminePack } from '../core/test-fixtures.ts';
import { appliedView } from './diagram-view.ts';

const index = new PackIndex(ketaminePack());
const nodeTools = index.pack.interventions.filter((i) => i.targets.every((t) => 'node' in t));

describe('the lab before a run (appliedView)', () => {
  it('shows nothing of the outcome: every part plain, no current step, no stop', () => {
    const v = appliedView(index, nodeTools.slice(0, 2));
    expect(new Set(v.nodes.values())).toEqual(new Set(['plain']));
    expect(new Set(v.edges.values())).toEqual(new Set(['plain']));
    expect([v.currentNodes.size, v.stops.size]).toEqual([0, 0]);
  });

  it('marks each applied tool on its part, and looks at the parts of the tool chosen last', () => {
    const [first, last] = [nodeTools[0]!, nodeTools[1]!];
    const v = appliedView(index, [first, last]);
    for (const t of first.targets) if ('node' in t) expect(v.applied?.get(t.node)).toContain(first.name);
    expect([...v.focusNodes!]).toEqual(last.targets.map((t) => ('node' in t ? t.node : '')));
  });

  it('looks at the node an edge tool acts on, and nowhere in particular when no tool is chosen', () => {
    const edge = index.pack.edges[0]!;
    const onEdge = { ...nodeTools[0]!, targets: [{ edge: edge.id }] } as (typeof nodeTools)[number];
    expect([...appliedView(index, [onEdge]).focusNodes!]).toEqual([edge.target]);
    expect(appliedView(index, []).focusNodes?.size).toBe(0);
  });
});
