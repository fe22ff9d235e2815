import { describe, expect, it } from 'vitest';
import { validatePackText } from '../pack/validate-pack.ts';
import type { PathwayPack } from '../pack/schema.ts';
import { gpmlToPack, type GpmlConversion } from './gpml-to-pack.ts';
import { fixture, GPML_FIXTURES, tagCount } from './gpml-fixtures.ts';

/** What each file converts to (pinned after reading the files; see docs/gpml-import.md for the per-file notes). */
const EXPECTED: [file: string, nodes: number, edges: number, refs: number, skipped: number, steps: number][] = [
  ['WP1006.gpml', 222, 210, 2, 36, 6],
  ['WP106.gpml', 91, 121, 4, 4, 21],
  ['WP1064.gpml', 80, 98, 3, 105, 8],
  ['WP1434.gpml', 23, 26, 3, 22, 15],
  ['WP145.gpml', 33, 24, 3, 17, 10],
  ['WP1471.gpml', 57, 56, 8, 11, 11],
  ['WP2380.gpml', 245, 268, 2, 96, 15],
  ['WP2446.gpml', 223, 267, 9, 24, 9],
  ['WP2472.gpml', 467, 645, 3, 135, 2],
  ['WP2841.gpml', 350, 2456, 19, 93, 12],
  ['WP4141.gpml', 44, 44, 3, 18, 14],
  ['WP5063-gpml2021.gpml', 36, 36, 12, 30, 12],
  ['WP5193.gpml', 56, 60, 27, 31, 22],
];

const LINE_SKIPS = ['unattached', 'too-few-points', 'shape-end', 'unknown-end', 'empty-group-end', 'host-skipped', 'anchor-cycle', 'self-loop'];

function convert(name: string): GpmlConversion {
  const r = gpmlToPack(fixture(name));
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.problems.slice(0, 5))}`);
  return r.value;
}

const count = (c: GpmlConversion, key: string, list: 'skipped' | 'notes' = 'skipped') => c.report[list].find((l) => l.key === key)?.count ?? 0;

describe('every WikiPathways file in fixtures converts to a valid pack', () => {
  it('has all 13 files', () => expect(Object.keys(GPML_FIXTURES).sort()).toEqual(EXPECTED.map((e) => e[0]).sort()));

  it.each(EXPECTED)('%s → %i nodes, %i edges, %i references, %i skipped, %i steps', (file, nodes, edges, refs, skipped, steps) => {
    const c = convert(file);
    const text = fixture(file);
    // The existing validator accepts the pack as a file, exactly as an author's pack.
    const again = validatePackText(JSON.stringify(c.pack));
    expect(again.ok ? [] : again.problems).toEqual([]);
    expect([c.pack.nodes.length, c.pack.edges.length, c.pack.references.length, c.report.skipped.reduce((a, l) => a + l.count, 0), c.pack.steps.length])
      .toEqual([nodes, edges, refs, skipped, steps]);

    // Counts against the raw file, independent of the parser.
    const p = c.pack;
    const complexes = p.nodes.filter((n) => n.members).length;
    const phenotypes = p.nodes.filter((n) => n.kind === 'phenotype').length;
    const namedShapes = count(c, 'named-shape', 'notes');
    expect(p.nodes.length - complexes - phenotypes - namedShapes, 'one node per DataNode').toBe(tagCount(text, 'DataNode'));
    const literature = tagCount(text, 'bp:PublicationXref') + tagCount(text, 'Citation');
    expect(p.references.length, 'record + WikiPathways paper + each citation').toBe(2 + literature);
    // Nothing dropped silently: every interaction became links or is counted under a reason.
    const lineSkips = LINE_SKIPS.reduce((a, k) => a + count(c, k), 0);
    expect(count(c, 'interactions', 'notes') + lineSkips).toBe(tagCount(text, 'Interaction'));
    expect(phenotypes + count(c, 'free-labels')).toBe(tagCount(text, 'Label'));
    expect(count(c, 'graphical-lines')).toBe(tagCount(text, 'GraphicalLine'));
    const parts = p.edges.filter((e) => e.interaction === 'part-of').length;
    expect(parts).toBe(p.nodes.reduce((a, n) => a + (n.members?.length ?? 0), 0));

    // Every node and edge cites at least the WikiPathways record, with the database status.
    for (const item of [...p.nodes, ...p.edges]) {
      expect(item.evidence.status).toBe('database');
      expect(item.evidence.refs[0]).toBe('wikipathways-record');
    }
    expect(p.provenance.database?.name).toBe('WikiPathways');
    expect(p.provenance.license).toMatch(/CC0/);
    expect(p.provenance.attribution).toContain(p.provenance.database!.id);
    // Coordinates are fitted: the drawing's real bounding box starts at the 20 px margin.
    const xs = [...p.nodes.map((n) => n.position!.x - n.size!.w / 2), ...[...p.compartments, ...(p.groups ?? [])].map((k) => k.box?.x ?? Infinity), ...p.edges.flatMap((e) => e.via?.map((v) => v.x) ?? [])];
    const ys = [...p.nodes.map((n) => n.position!.y - n.size!.h / 2), ...[...p.compartments, ...(p.groups ?? [])].map((k) => k.box?.y ?? Infinity), ...p.edges.flatMap((e) => e.via?.map((v) => v.y) ?? [])];
    expect([Math.min(...xs), Math.min(...ys)].map((v) => Math.round(v))).toEqual([20, 20]);
  });
});

const edgeBetween = (p: PathwayPack, from: string, to: string) => {
  const label = new Map(p.nodes.map((n) => [n.id, n.label]));
  return p.edges.filter((e) => label.get(e.source) === from && label.get(e.target) === to);
};

describe('spot checks against what the files draw', () => {
  const bdnf = convert('WP2380.gpml');
  it('WP2380: NTRK2 activates PLCG1 (Arrow → positive)', () => {
    expect(edgeBetween(bdnf.pack, 'NTRK2', 'PLCG1').map((e) => [e.kind, e.interaction, e.arrowHead])).toEqual([['positive', 'activation', 'Arrow']]);
  });
  it('WP2380: LINGO1 ⊣ NTRK2 (TBar → negative) and AKT1 ⊣ GSK3B (mim-inhibition → negative)', () => {
    expect(edgeBetween(bdnf.pack, 'LINGO1', 'NTRK2').map((e) => [e.kind, e.arrowHead])).toEqual([['negative', 'TBar']]);
    expect(edgeBetween(bdnf.pack, 'AKT1', 'GSK3B').map((e) => [e.kind, e.arrowHead])).toEqual([['negative', 'mim-inhibition']]);
  });
  it('WP2380: draws no line from BDNF to NTRK2 (BDNF sits above the receptor), and none is invented', () => {
    expect(edgeBetween(bdnf.pack, 'BDNF', 'NTRK2')).toEqual([]);
  });
  it('WP2380: a box drawn around PI3K subunits with lines attached becomes a complex of the nodes inside', () => {
    const pi3k = bdnf.pack.nodes.find((n) => n.label === 'PIK3R1:PIK3R2:PIK3CA')!;
    expect(pi3k.kind).toBe('complex');
    expect(pi3k.evidence.note).toMatch(/inferred from the drawing/);
    expect(pi3k.members!.map((m) => bdnf.pack.nodes.find((n) => n.id === m)!.label)).toEqual(['PIK3R1', 'PIK3R2', 'PIK3CA']);
  });
  it('WP2380: phosphorylation states stay on their nodes; identifiers are kept', () => {
    const mapk8 = bdnf.pack.nodes.find((n) => n.label === 'MAPK8')!;
    expect(mapk8.states).toEqual(['P']);
    expect(bdnf.pack.nodes.find((n) => n.label === 'NTRK2')!.identifiers?.[0]?.db).toBeTruthy();
  });
  it('WP106: a catalysis arrow ending on a reaction anchor resolves to the reaction product', () => {
    const e = edgeBetween(convert('WP106.gpml').pack, 'GOT2', 'Oxaloacetate');
    expect(e.map((x) => [x.kind, x.interaction, x.mechanism])).toEqual([['positive', 'catalysis', 'catalyses (reaction)']]);
  });
  const foxp3 = convert('WP5063-gpml2021.gpml');
  it('WP5063 (GPML 2021): FOXP3 ⊣ IL2 (Inhibition → negative); the IL2 receptor complex stimulates FOXP3 expression through an anchor', () => {
    expect(edgeBetween(foxp3.pack, 'FOXP3', 'IL2').every((e) => e.kind === 'negative')).toBe(true);
    expect(edgeBetween(foxp3.pack, 'FOXP3', 'IL2').length).toBe(2);
    expect(edgeBetween(foxp3.pack, 'IL2RB:IL2RA:IL2RG', 'FOXP3').map((e) => [e.kind, e.interaction])).toContainEqual(['positive', 'stimulation']);
  });
  it('WP5063 (GPML 2021): groups, compartments, citations and text cleanup', () => {
    const p = foxp3.pack;
    expect(p.nodes.filter((n) => n.members).map((n) => n.label).sort()).toEqual(['IL2RB:IL2RA:IL2RG', 'IL2RB:IL2RA:IL2RG', 'IL6ST:IL6R', 'IL6ST:IL6R']);
    expect(p.compartments.filter((c) => c.label === 'Nucleus').every((c) => c.kind === 'organelle' && c.parent)).toBe(true);
    expect(p.references.find((r) => r.pmid === '3091479')).toBeTruthy();
    expect(p.nodes.find((n) => n.label.startsWith('MHC-II alpha'))!.label).toBe('MHC-II alpha');
    expect(p.provenance.database).toMatchObject({ id: 'WP5063', revision: '118833', organism: 'Homo sapiens', format: 'GPML 2021' });
    expect(p.nodes.find((n) => n.label === 'IL6')!.genes).toEqual([{ symbol: 'IL6' }]);
  });
  it('WP1471: Biopax literature becomes references with PubMed ids and titles', () => {
    const ref = convert('WP1471.gpml').pack.references.find((r) => r.pmid === '19143648')!;
    expect(ref).toMatchObject({ title: 'Rag proteins regulate amino-acid-induced mTORC1 signalling.', journal: 'Biochem Soc Trans', year: 2009, authors: 'Sancak Y, Sabatini DM' });
  });
  it('WP2841: a line drawn to a family box stands for a link to each member, and each such link names the box it is drawn to', () => {
    const p = convert('WP2841.gpml').pack;
    const groups = new Map((p.groups ?? []).map((g) => [g.id, g]));
    const label = new Map(p.nodes.map((n) => [n.id, n.label]));
    const ends = p.edges.flatMap((e) => [...(e.drawnFrom ? [[e.drawnFrom, e.source]] : []), ...(e.drawnTo ? [[e.drawnTo, e.target]] : [])]);
    expect(ends.length).toBeGreaterThan(2000);
    for (const [group, node] of ends) expect(groups.get(group!)?.members).toContain(node);
    // The PP2A box's one line to the Akt box: every PP2A member to every Akt member, all drawn from box to box.
    const toAkt = p.edges.filter((e) => label.get(e.source) === 'Gm2436' && ['Akt1', 'Akt2', 'Akt3'].includes(label.get(e.target)!));
    expect(toAkt).toHaveLength(3);
    expect(new Set(toAkt.map((e) => `${e.drawnFrom}>${e.drawnTo}`)).size).toBe(1);
    // A line between two single nodes names no box.
    const single = edgeBetween(p, 'Hypoxia', 'Ddit4');
    expect(single).toHaveLength(1);
    expect(single[0]).not.toHaveProperty('drawnFrom');
    expect(single[0]).not.toHaveProperty('drawnTo');
  });
  it('WP2841 (mouse): non-HGNC symbols keep their identifiers and get no human gene entry', () => {
    const p = convert('WP2841.gpml').pack;
    expect(p.nodes.some((n) => n.genes)).toBe(false);
    expect(p.nodes.filter((n) => n.identifiers?.length).length).toBeGreaterThan(300);
  });
  it('converts WP2380 fast once warm (median of 5 printed; asserted < 300 ms because the 2-core machine is shared)', () => {
    const text = fixture('WP2380.gpml');
    gpmlToPack(text);
    const times = Array.from({ length: 5 }, () => {
      const t0 = performance.now();
      gpmlToPack(text);
      return performance.now() - t0;
    }).sort((a, b) => a - b);
    console.log(`WP2380 conversion (read + convert + lesson + validate): median ${times[2]!.toFixed(1)} ms, min ${times[0]!.toFixed(1)} ms`);
    expect(times[2]).toBeLessThan(300);
  });
});
