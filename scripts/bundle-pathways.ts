/**
 * npm run bundle:pathways — converts the WikiPathways files in assets/pathways/
 * (listed in pathways.json) into packs in assets/bundle/packs/ and lists them
 * in assets/bundle/bundled.json, so they are seeded and open offline like the
 * ketamine pack. A unit test (renderer/src/core/gpml/bundled-pathways.test.ts)
 * fails when a committed pack differs from what the converter makes now.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledPathwayPacks, packFileName, PATHWAY_LIST, type PathwayEntry } from '../renderer/src/core/gpml/bundle-pathways.ts';

const root = join(import.meta.dirname, '..');
const list = JSON.parse(readFileSync(join(root, 'assets/pathways', PATHWAY_LIST), 'utf8')) as { pathways: PathwayEntry[] };
const packs = bundledPathwayPacks(list.pathways, (file) => readFileSync(join(root, 'assets/pathways', file), 'utf8'));

const manifestPath = join(root, 'assets/bundle/bundled.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { packs: { id: string; version: string; file: string }[] };
for (const { pack, text } of packs) {
  const file = `packs/${packFileName(pack)}`;
  writeFileSync(join(root, 'assets/bundle', file), text);
  manifest.packs = [...manifest.packs.filter((p) => p.id !== pack.id), { id: pack.id, version: pack.version, file }];
  console.log(`${file}: ${pack.title} (${pack.nodes.length} nodes, ${pack.edges.length} links, lesson from ${pack.nodes.find((n) => n.id === pack.stimulus)!.label})`);
}
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
console.log('bundled.json updated');
