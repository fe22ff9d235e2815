import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { PackIndex } from '../core/graph/pack-index.ts';
import { checkPack } from '../core/pack/validate-pack.ts';
import { tinyPackRaw, ketamineRaw } from '../core/test-fixtures.ts';
import { elkLayout } from './elk-layout.ts';
import { autoLayoutInput, layoutFromResult } from './auto-layout.ts';

async function layout(raw: Record<string, any>, detail: 'basic' | 'advanced' = 'advanced') {
  const r = checkPack(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  const index = new PackIndex(r.value);
  const result = await elkLayout(new ELK(), autoLayoutInput(index, detail));
  return { index, layout: layoutFromResult(index, detail, result) };
}

describe('automatic layout of a pack without positions', () => {
  it('places every node, without overlaps, in causal (top-down) order', async () => {
    const { index, layout: l } = await layout(tinyPackRaw());
    expect(l.origin).toBe('automatic');
    expect([...l.nodes.keys()].sort()).toEqual(index.pack.nodes.map((n) => n.id).sort());
    const ns = [...l.nodes.values()];
    ns.forEach((a, i) => ns.slice(i + 1).forEach((b) => {
      const apart = Math.abs(a.x - b.x) >= (a.w + b.w) / 2 || Math.abs(a.y - b.y) >= (a.h + b.h) / 2;
      expect(apart, `${a.id}/${b.id}`).toBe(true);
    }));
    for (const e of index.pack.edges.filter((x) => x.kind !== 'negative')) expect(l.nodes.get(e.source)!.y, e.id).toBeLessThan(l.nodes.get(e.target)!.y);
  });

  it('routes every edge and draws compartments around their nodes', async () => {
    const raw = ketamineRaw();
    for (const n of raw.nodes) delete n.position;
    for (const c of raw.compartments) delete c.box;
    for (const e of raw.edges) delete e.via;
    const { index, layout: l } = await layout(raw, 'basic');
    expect(l.edges.size).toBe(index.visibleEdges('basic').length);
    for (const n of l.nodes.values()) {
      const c = l.compartments.find((x) => x.id === index.node(n.id).compartment)!;
      expect(n.x - n.w / 2 >= c.x - 0.5 && n.x + n.w / 2 <= c.x + c.w + 0.5 && n.y - n.h / 2 >= c.y - 0.5 && n.y + n.h / 2 <= c.y + c.h + 0.5, n.id).toBe(true);
    }
  });
});

describe('fast layered layout for large packs', async () => {
  const { fastLayered } = await import('./fast-layered.ts');
  const { generatePack } = await import('../../../scripts/bench/generate-pack.mjs');
  it.each([100, 1000])('%i nodes: every node placed, no overlaps, edges mostly downward, compartments disjoint', (n) => {
    const r = checkPack(generatePack(n));
    if (!r.ok) throw new Error('invalid');
    const index = new PackIndex(r.value);
    const result = fastLayered(autoLayoutInput(index, 'advanced'));
    const l = layoutFromResult(index, 'advanced', result);
    expect(l.nodes.size).toBe(n);
    const rows = new Map<number, { x: number; w: number }[]>();
    for (const node of l.nodes.values()) rows.set(node.y, [...(rows.get(node.y) ?? []), node]);
    for (const row of rows.values()) {
      row.sort((a, b) => a.x - b.x);
      row.slice(1).forEach((b, i) => expect(b.x - b.w / 2).toBeGreaterThanOrEqual(row[i]!.x + row[i]!.w / 2));
    }
    const down = index.pack.edges.filter((e) => l.nodes.get(e.source)!.y < l.nodes.get(e.target)!.y).length;
    expect(down / index.pack.edges.length).toBeGreaterThan(0.95);
    const boxes = l.compartments;
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(a.x + a.w <= b.x || b.x + b.w <= a.x).toBe(true)));
  });
});
