import { describe, expect, it } from 'vitest';
import { checkPack } from '../pack/validate-pack.ts';
import type { PathwayPack } from '../pack/schema.ts';
import { ketaminePack, tinyPackRaw } from '../test-fixtures.ts';
import { gpmlToPack } from '../gpml/gpml-to-pack.ts';
import { fixture } from '../gpml/gpml-fixtures.ts';
import { BASIC_LIMITS, defaultStart, deriveLesson, withLesson } from './derive-lesson.ts';

const valid = (raw: unknown): PathwayPack => {
  const r = checkPack(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.problems.slice(0, 5)));
  return r.value;
};
const tiny = () => valid(tinyPackRaw());

/** A pack from edge triples; every node a protein unless named "P…" (phenotype). */
function graphPack(edges: [string, string, 'positive' | 'negative'][], extraNodes: string[] = []): PathwayPack {
  const ids = [...new Set([...edges.flatMap(([s, t]) => [s, t]), ...extraNodes])];
  const ev = { status: 'database', refs: ['r'] };
  return valid({
    format: 'pathway-pack', formatVersion: 1, id: 'g', version: '1.0.0', title: 'graph',
    provenance: { figureId: 'g', paperTitle: 'g', citation: 'g', license: 'CC0', attribution: 'test' },
    stimulus: ids[0], compartments: [{ id: 'c', label: 'Cell', kind: 'cell' }],
    nodes: ids.map((id) => ({ id, label: id, kind: id.startsWith('P') ? 'phenotype' : 'protein', compartment: 'c', description: id, evidence: ev })),
    edges: edges.map(([source, target, kind], i) => ({ id: `e${i}`, source, target, kind, mechanism: 'x', evidence: ev })),
    steps: [{ id: 's', title: 's', narration: 's', nodes: [ids[0]], edges: [], timeScale: 'seconds', evidence: ev }],
    references: [{ id: 'r', journal: 'Test' }],
  });
}

describe('deriveLesson', () => {
  it('defaults to the source with the most downstream reach (S reaches 5 nodes, the inhibitor C only 3)', () => {
    expect(defaultStart(tiny())).toBe('S');
  });

  it('steps through causal depth with narration from edge kinds only', () => {
    const l = deriveLesson(tiny(), 'S');
    expect(l.steps.map((s) => [s.detail, s.nodes, s.edges])).toEqual([
      ['basic', ['S'], []],
      ['basic', ['A'], ['e1']],
      ['basic', ['B'], ['e2']],
      ['advanced', ['D'], ['e5']],
      ['basic', ['OUT'], ['e4']],
      ['advanced', ['OUT'], ['e6']],
    ]);
    expect(l.steps.map((s) => s.narration)).toEqual(['The signal starts at S.', 'S activates A.', 'A activates B.', 'A activates D.', 'B activates OUT.', 'D activates OUT.']);
  });

  it('basic = shortest paths to the end points, phenotypes first, then the farthest', () => {
    // From S: a long chain to X5, and a short one to the phenotype P1; X5 and P1 are both sinks.
    const p = graphPack([['S', 'X1', 'positive'], ['X1', 'X2', 'positive'], ['X2', 'X3', 'positive'], ['X3', 'X4', 'positive'], ['X4', 'X5', 'positive'], ['S', 'Y1', 'positive'], ['Y1', 'P1', 'negative'], ['S', 'Z1', 'positive']]);
    const l = deriveLesson(p, 'S');
    expect([...l.basicNodes].sort()).toEqual(['P1', 'S', 'X1', 'X2', 'X3', 'X4', 'X5', 'Y1', 'Z1'].sort());
    const chain = (n: number) => Array.from({ length: n }, (_, i): [string, string, 'positive'] => [`N${i}`, `N${i + 1}`, 'positive']);
    // A chain longer than the basic cap is kept whole (the first path always is); no second end fits after it.
    const long = deriveLesson(graphPack([...chain(30), ['N0', 'P9', 'positive']]), 'N0');
    expect(long.basicNodes.has('P9')).toBe(true);
    expect(long.basicNodes.size).toBe(2);
    const capped = deriveLesson(graphPack([...chain(30), ['N0', 'Q', 'positive']]), 'N0');
    expect(capped.basicNodes.size).toBe(31);
    expect(BASIC_LIMITS.nodes).toBeLessThan(31);
  });

  it('shows a feedback link after its source, re-listing its target', () => {
    const l = deriveLesson(graphPack([['S', 'A', 'positive'], ['A', 'B', 'positive'], ['B', 'A', 'negative']]), 'S');
    const last = l.steps[l.steps.length - 1]!;
    expect([last.detail, last.nodes, last.narration]).toEqual(['advanced', ['A'], 'B inhibits A.']);
  });

  it('splits a layer wider than 60 nodes into several steps', () => {
    const wide = graphPack(Array.from({ length: 150 }, (_, i): [string, string, 'positive'] => ['S', `T${i}`, 'positive']));
    const pack = withLesson(wide, 'S');
    expect(pack.steps.every((s) => s.nodes.length <= 60 && s.edges.length <= 60)).toBe(true);
    expect(new Set(pack.steps.flatMap((s) => s.nodes)).size).toBe(151);
    expect(checkPack(pack).ok).toBe(true);
  });

  it('rejects an unknown start', () => expect(() => deriveLesson(tiny(), 'nope')).toThrow(/unknown start/));
});

describe('withLesson keeps every pack valid under the causal-order checks', () => {
  const wp2380 = gpmlToPack(fixture('WP2380.gpml'));
  if (!wp2380.ok) throw new Error('WP2380 did not convert');
  const bdnf = wp2380.value.pack;
  const byLabel = (label: string) => bdnf.nodes.find((n) => n.label === label)!.id;

  it.each(['NTRK2', 'AKT1', 'MAPK8', 'BDNF'])('WP2380 re-derived from %s', (label) => {
    const pack = withLesson(bdnf, byLabel(label));
    const r = checkPack(pack);
    expect(r.ok ? [] : r.problems.slice(0, 3)).toEqual([]);
    expect(pack.stimulus).toBe(byLabel(label));
  });

  it('WP2380 from NTRK2: the first links are the ones the file draws out of NTRK2', () => {
    const pack = withLesson(bdnf, byLabel('NTRK2'));
    const text = pack.steps.filter((s) => s.title.startsWith('1 link')).map((s) => s.narration).join(' ');
    expect(text).toContain('NTRK2 activates PLCG1.');
    expect(text).toContain('NTRK2 inhibits CNR1.');
    expect(pack.nodes.filter((n) => n.detail === 'basic').length).toBeLessThanOrEqual(BASIC_LIMITS.nodes + 10);
  });

  it('a complex on the Basic path is drawn with its members (never an empty box)', () => {
    let complexes = 0;
    for (const label of ['NTRK2', 'SHC2', 'BDNF', 'AKT1']) {
      const pack = withLesson(bdnf, byLabel(label));
      const detail = new Map(pack.nodes.map((n) => [n.id, n.detail]));
      for (const c of pack.nodes.filter((n) => n.members?.length && n.detail === 'basic')) {
        complexes++;
        expect(c.members!.map((m) => `${c.label}/${m}:${detail.get(m)}`)).toEqual(c.members!.map((m) => `${c.label}/${m}:basic`));
      }
    }
    expect(complexes).toBeGreaterThan(0);
  });

  it('the hand-written ketamine pack also takes a derived lesson', () => {
    const pack = withLesson(ketaminePack(), 'ketamine');
    expect(checkPack(pack).ok).toBe(true);
    expect(pack.steps[1]!.narration).toMatch(/^Ketamine inhibits /);
  });
});
