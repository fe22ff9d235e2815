import { describe, expect, it } from 'vitest';
import { bundledPathwayPacks, packFileName, type PathwayEntry } from './bundle-pathways.ts';
import { validatePackText } from '../pack/validate-pack.ts';
import { parseManifest } from '../pack/bundle-manifest.ts';
import listText from '../../../../assets/pathways/pathways.json?raw';
import manifestText from '../../../../assets/bundle/bundled.json?raw';

const sources = import.meta.glob('../../../../assets/pathways/*.gpml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const shipped = import.meta.glob('../../../../assets/bundle/packs/*.pack.json', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const byName = (files: Record<string, string>) => new Map(Object.entries(files).map(([path, text]) => [path.split('/').pop()!, text]));

describe('the WikiPathways pathways shipped with the app', () => {
  const entries = (JSON.parse(listText) as { pathways: PathwayEntry[] }).pathways;
  const src = byName(sources);
  const packs = bundledPathwayPacks(entries, (file) => src.get(file)!);
  const manifest = parseManifest(manifestText);

  it('are BDNF signalling, mTOR signalling and a PI3K/Akt/mTOR pathway', () => {
    expect(packs.map((p) => p.pack.provenance.database?.id)).toEqual(['WP2380', 'WP1471', 'WP4141']);
  });

  it.each(entries.map((e, i) => [e.file, i] as const))('%s: the shipped pack is exactly what the converter makes (run npm run bundle:pathways)', (_, i) => {
    const { pack, text } = packs[i]!;
    expect(byName(shipped).get(packFileName(pack))).toBe(text);
    expect(validatePackText(text).ok).toBe(true);
  });

  it('are listed in bundled.json with their versions, after the ketamine pack (which opens first)', () => {
    expect(manifest.ok).toBe(true);
    if (!manifest.ok) return;
    expect(manifest.value.packs[0]!.id).toBe('ketamine-deyama2019');
    for (const { pack } of packs) expect(manifest.value.packs).toContainEqual({ id: pack.id, version: pack.version, file: `packs/${packFileName(pack)}` });
  });

  it('start their lessons where the bundle says, and credit WikiPathways (CC0)', () => {
    expect(packs[0]!.pack.nodes.find((n) => n.id === packs[0]!.pack.stimulus)!.label).toBe('NTRK2');
    for (const { pack } of packs) {
      expect(pack.provenance.license).toMatch(/CC0/);
      expect(pack.provenance.database?.authors?.length).toBeGreaterThan(0);
    }
  });
});
