import { describe, expect, it } from 'vitest';
import { bundledPathway } from '../test-fixtures.ts';
import { gpmlToPack } from '../gpml/gpml-to-pack.ts';
import { fixture } from '../gpml/gpml-fixtures.ts';
import type { PathwayPack } from '../pack/schema.ts';
import { defaultStart, startCandidates, withLesson } from './derive-lesson.ts';
import { complexesOf } from './entities.ts';

const converted = (name: string): PathwayPack => {
  const r = gpmlToPack(fixture(name));
  if (!r.ok) throw new Error(`${name} did not convert`);
  return r.value.pack;
};
const label = (pack: PathwayPack, id: string) => pack.nodes.find((n) => n.id === id)!.label;
const packs: [string, PathwayPack][] = [
  ['WP2380', bundledPathway('WP2380')], ['WP1471', bundledPathway('WP1471')], ['WP4141', bundledPathway('WP4141')],
  ['WP5063', converted('WP5063-gpml2021.gpml')], ['WP1434', converted('WP1434.gpml')],
];

describe('start candidates for the "start the signal here" picker', () => {
  it.each([
    // Sources first, by reach; an only-inhibiting source (LINGO1 ⊣ NTRK2) after the other sources.
    ['WP2380', ['PIP2', 'SHC2', 'RASGRF1', 'KSR1']],
    ['WP1471', ['high AMP:ATP', 'Insulin signaling', 'Amino acids', 'DDIT4L']],
    ['WP4141', ['1,25-(OH)2-D3', 'C-MYC', 'RXR', 'AMP']],
    // IL6ST is a member of IL6ST:IL6R and acts only through it: never offered.
    ['WP5063', ['IL6', 'CD86', 'CD80', 'MHC-II alpha']],
  ])('%s: %j first', (name, first) => {
    const pack = packs.find(([n]) => n === name)![1];
    expect(startCandidates(pack).slice(0, first.length).map((c) => c.label)).toEqual(first);
  });

  it.each(packs)('%s: never a bare complex member, a location marker or a node that reaches nothing; one entry per label', (_name, pack) => {
    const members = complexesOf(pack);
    const list = startCandidates(pack);
    for (const c of list) {
      const n = pack.nodes.find((x) => x.id === c.node)!;
      const own = pack.edges.filter((e) => e.source === n.id && e.directed !== false && e.interaction !== 'part-of' && e.target !== n.id);
      if (members.has(n.id)) expect(own.length, `${n.label} is a member with no link of its own`).toBeGreaterThan(0);
      expect(c.reach).toBeGreaterThan(1);
      expect(['CY', 'NU', 'EC']).not.toContain(c.label);
    }
    expect(new Set(list.map((c) => c.label.toLowerCase())).size).toBe(list.length);
    // Sources come first, each group by reach.
    const flags = list.map((c) => c.source);
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
  });

  it('names the copies of an entity drawn several times and offers the one that reaches most', () => {
    const wp2380 = bundledPathway('WP2380');
    const ntrk2 = startCandidates(wp2380).find((c) => c.label === 'NTRK2')!;
    expect(ntrk2.copies).toBe(2);
    expect(ntrk2.source).toBe(false);
    const reachOf = (id: string) => new Set(withLesson(wp2380, id).steps.flatMap((s) => s.nodes)).size;
    const copies = wp2380.nodes.filter((n) => n.label === 'NTRK2').map((n) => reachOf(n.id));
    expect(copies).toHaveLength(2);
    expect(reachOf(ntrk2.node)).toBe(Math.max(...copies));
    expect(reachOf(ntrk2.node)).toBe(ntrk2.reach);
  });

  it('the default start is the first candidate: never the member IL6ST (WP5063) nor the inhibitor LINGO1 (WP2380)', () => {
    expect(label(packs[3]![1], defaultStart(packs[3]![1]))).toBe('IL6');
    expect(label(packs[0]![1], defaultStart(packs[0]![1]))).toBe('PIP2');
    // The converter uses the same default.
    expect(label(packs[3]![1], packs[3]![1].stimulus)).toBe('IL6');
  });

  it('re-deriving the WP2380 lesson for a new start takes well under 20 ms', () => {
    const pack = bundledPathway('WP2380');
    const starts = startCandidates(pack).map((c) => c.node);
    const times = starts.map((start) => {
      const t = performance.now();
      withLesson(pack, start);
      return performance.now() - t;
    });
    times.sort((a, b) => a - b);
    expect(times[Math.floor(times.length / 2)]).toBeLessThan(20);
  });
});
