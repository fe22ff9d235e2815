import type { PathwayPack } from '../pack/schema.ts';
import { gpmlToPack } from './gpml-to-pack.ts';

/** assets/pathways/pathways.json: which WikiPathways files ship with the app, and where their lessons start. */
export const PATHWAY_LIST = 'pathways.json';

export interface PathwayEntry {
  file: string;
  /** Node (GPML GraphId) where the stored lesson's signal starts; default: derived. */
  start?: string;
}

export const packFileName = (pack: PathwayPack) => `${pack.id}.pack.json`;

/** The packs the bundled GPML files convert to, with the exact text to ship. */
export function bundledPathwayPacks(entries: readonly PathwayEntry[], read: (file: string) => string): { pack: PathwayPack; text: string }[] {
  return entries.map((entry) => {
    const r = gpmlToPack(read(entry.file), entry.start ? { start: entry.start } : {});
    if (!r.ok) throw new Error(`${entry.file} does not convert: ${r.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    if (entry.start && r.value.pack.stimulus !== entry.start) throw new Error(`${entry.file}: the start ${entry.start} is not a node of the pathway`);
    return { pack: r.value.pack, text: `${JSON.stringify(r.value.pack)}\n` };
  });
}
