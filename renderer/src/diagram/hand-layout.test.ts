import { describe, expect, it } from 'vitest';
import { PackIndex } from '../core/graph/pack-index.ts';
import { ketaminePack } from '../core/test-fixtures.ts';
import { handLayout } from './hand-layout.ts';
import type { NodeBox } from './layout-types.ts';
import { gpmlToPack } from '../core/gpml/gpml-to-pack.ts';
import { fixture } from '../core/gpml/gpml-fixtures.ts';

// The ketamine figure is hand-placed; these checks keep it a clean drawing
// when labels, fonts or positions change.
const index = new PackIndex(ketaminePack());
const GAP = 6;

const overlap = (a: NodeBox, b: NodeBox, gap = GAP) =>
  Math.abs(a.x - b.x) < (a.w + b.w) / 2 + gap && Math.abs(a.y - b.y) < (a.h + b.h) / 2 + gap;

/** Dense samples along an edge's control polygon (the B-spline stays within it). */
function samples(points: { x: number; y: number }[]): { x: number; y: number }[] {
  const dense = [];
  for (let i = 1; i < points.length; i++) {
    for (let t = 0; t <= 1; t += 0.04) dense.push({ x: points[i - 1]!.x + (points[i]!.x - points[i - 1]!.x) * t, y: points[i - 1]!.y + (points[i]!.y - points[i - 1]!.y) * t });
  }
  return dense;
}

describe.each(['basic', 'advanced'] as const)('the hand-placed ketamine figure (%s detail)', (detail) => {
  const layout = handLayout(index, detail);
  const nodes = [...layout.nodes.values()];

  it('has no overlapping nodes', () => {
    const clashes: string[] = [];
    nodes.forEach((a, i) => nodes.slice(i + 1).forEach((b) => overlap(a, b) && clashes.push(`${a.id}/${b.id}`)));
    expect(clashes).toEqual([]);
  });

  it('keeps every node inside the outer frame of its compartment', () => {
    const outside: string[] = [];
    for (const n of nodes) {
      const c = layout.compartments.find((c) => c.id === index.node(n.id).compartment);
      if (!c) continue;
      // Membrane receptors may straddle an edge: the centre must be inside.
      if (n.x < c.x || n.x > c.x + c.w || n.y < c.y || n.y > c.y + c.h) outside.push(n.id);
    }
    expect(outside).toEqual([]);
  });

  it('draws no edge through a node it does not connect', () => {
    const crossings: string[] = [];
    for (const e of index.visibleEdges(detail)) {
      const pts = samples(layout.edges.get(e.id)!.points);
      for (const n of nodes) {
        if (n.id === e.source || n.id === e.target) continue;
        const inside = pts.some((p) => Math.abs(p.x - n.x) < n.w / 2 + 2 && Math.abs(p.y - n.y) < n.h / 2 + 2);
        if (inside) crossings.push(`${e.id} through ${n.id}`);
      }
    }
    expect(crossings).toEqual([]);
  });

  it('keeps node labels clear of compartment titles', () => {
    const clashes: string[] = [];
    for (const c of layout.compartments) {
      const title = { id: `title:${c.id}`, x: c.x + 14 + (c.label.length * 8.5) / 2, y: c.y + 17, w: c.label.length * 8.5, h: 18, lines: [] };
      for (const n of nodes) if (overlap(title, n, 2)) clashes.push(`${c.id}/${n.id}`);
    }
    expect(clashes).toEqual([]);
  });
});

describe('an imported drawing whose lines end on family boxes (WikiPathways WP2841)', () => {
  const converted = gpmlToPack(fixture('WP2841.gpml'));
  if (!converted.ok) throw new Error('WP2841 did not convert');
  const pack = converted.value.pack;
  const layout = handLayout(new PackIndex(pack), 'advanced');
  const label = new Map(pack.nodes.map((n) => [n.id, n.label]));

  it('draws each line once, box to box, as the source does, not once per pair of members', () => {
    const paths = new Set([...layout.edges.values()].map((g) => g.d));
    expect(layout.edges.size).toBeGreaterThan(2000);
    // One path per interaction the converter kept (86 of the file's 97).
    expect(paths.size).toBe(converted.value.report.notes.find((n) => n.key === 'interactions')!.count);
  });

  it('starts a line drawn from the PP2A box on that box, not on the member that stands for it', () => {
    const edge = pack.edges.find((e) => label.get(e.source) === 'Gm2436' && label.get(e.target) === 'Akt1')!;
    const box = layout.groups!.find((g) => g.id === edge.drawnFrom)!;
    const start = layout.edges.get(edge.id)!.points[0]!;
    const member = layout.nodes.get(edge.source)!;
    const onBorder = Math.min(Math.abs(start.x - box.x), Math.abs(start.x - box.x - box.w), Math.abs(start.y - box.y), Math.abs(start.y - box.y - box.h));
    expect(onBorder).toBeLessThan(6);
    expect(Math.abs(start.x - member.x) < member.w / 2 + 6 && Math.abs(start.y - member.y) < member.h / 2 + 6).toBe(false);
  });
});
