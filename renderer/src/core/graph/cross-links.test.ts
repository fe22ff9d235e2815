import { describe, expect, it } from 'vitest';
import { bundledPathway, ketaminePack } from '../test-fixtures.ts';
import type { PathwayPack } from '../pack/schema.ts';
import { crossLinks } from './cross-links.ts';

const ketamine = ketaminePack();
const wp2380 = bundledPathway('WP2380');
const wp1471 = bundledPathway('WP1471');
const wp4141 = bundledPathway('WP4141');
const all = [ketamine, wp2380, wp1471, wp4141];
const PACKS: Record<string, PathwayPack> = { ketamine, WP2380: wp2380, WP1471: wp1471, WP4141: wp4141 };
const node = (pack: PathwayPack, id: string) => pack.nodes.find((n) => n.id === id)!;
/** "pack: label[id]" of the best match in each pack (shorter pack ids). */
const best = (pack: PathwayPack, id: string) =>
  crossLinks(node(pack, id), pack, all).map((p) => `${p.pack.replace('wikipathways-', '')}: ${p.matches[0]!.label}[${p.matches[0]!.node}]`);

describe('cross-links between the bundled packs ("Explore this pathway in depth")', () => {
  it.each([
    // TrkB (NTRK2, Entrez 4915) ↔ WP2380's NTRK2: the copy drawn with most links (17) before the start copy (14).
    ['ketamine', 'trkb', ['WP2380: NTRK2[e0b05]']],
    // BDNF (Entrez 627): WP2380 draws it seven times; the protein copy with links first.
    ['ketamine', 'bdnf', ['WP2380: BDNF[f3500]']],
    // mTORC1 (MTOR, RPTOR, MLST8) ↔ WP1471's complex with exactly those members (by symbol: WP1471 uses Ensembl ids).
    ['ketamine', 'mtorc1', ['WP2380: MTOR[ed713]', 'WP1471: RPTOR:MLST8:MTOR[b8ba3]', 'WP4141: mTOR[a2fa6]']],
    // Akt (AKT1–3) ↔ WP4141's "AKT", a family name, before single AKT1 nodes.
    ['ketamine', 'akt', ['WP2380: AKT1[d77d2]', 'WP1471: AKT1[d8f29]', 'WP4141: AKT[b60df]']],
    // The AMPA receptor (GRIA1–4) ↔ WP2380's GRIA2:GRIA1:GRIA3 box before its single subunits.
    ['ketamine', 'ampar', ['WP2380: GRIA2:GRIA1:GRIA3[c4032]']],
    // Events and messengers without a gene product of their own link nowhere.
    ['ketamine', 'glutamate', []],
    ['ketamine', 'int_firing', []],
    ['ketamine', 'ip3', []],
    // And back: WP2380's NTRK2 ↔ ketamine's TrkB (more links than presynaptic TrkB).
    ['WP2380', 'f94ed', ['ketamine-deyama2019: TrkB[trkb]']],
    // WP1471's mTORC1 complex ↔ ketamine's mTORC1; WP4141's mTOR (one gene) ↔ single MTOR nodes first (WP1471: the copy with links), by Ensembl id.
    ['WP1471', 'b8ba3', ['ketamine-deyama2019: mTORC1[mtorc1]', 'WP2380: MTOR[ed713]', 'WP4141: mTOR[a2fa6]']],
    ['WP4141', 'a2fa6', ['ketamine-deyama2019: mTORC1[mtorc1]', 'WP2380: MTOR[ed713]', 'WP1471: MTOR[fb66f]']],
  ] as const)('%s %s → %j', (pack, id, expected) => {
    expect(best(PACKS[pack]!, id)).toEqual(expected);
  });

  it('ranks a complex with the same members above one of its subunits, and says how each was matched', () => {
    const [links] = crossLinks(node(ketamine, 'mtorc1'), ketamine, [wp1471]);
    expect(links!.matches.slice(0, 3).map((m) => [m.label, m.score, m.via])).toEqual([
      ['RPTOR:MLST8:MTOR', 1, 'symbol'],
      ['MLST8:MTOR:MAPKAP1:RICTOR', 0.5, 'symbol'],
      ['MTOR', 1 / 3, 'symbol'],
    ]);
    expect(links!.matches[0]!.shared.sort()).toEqual(['MLST8', 'MTOR', 'RPTOR']);
  });

  it('lists every copy, proteins before RNA, and matches by Entrez id', () => {
    const [links] = crossLinks(node(ketamine, 'bdnf'), ketamine, [wp2380]);
    expect(links!.matches.map((m) => wp2380.nodes.find((n) => n.id === m.node)!.kind)).toEqual(['protein', 'protein', 'protein', 'protein', 'rna', 'rna', 'rna']);
    expect(links!.matches.every((m) => m.via === 'identifier' && m.score === 1)).toBe(true);
  });

  it('never links a pack to itself', () => {
    expect(crossLinks(node(wp2380, 'f94ed'), wp2380, [wp2380])).toEqual([]);
  });
});
