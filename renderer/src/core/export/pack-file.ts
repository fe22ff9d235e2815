import type { PathwayPack } from '../pack/schema.ts';

/** A pack as the file a teacher can edit and import again. */
export function packFile(pack: PathwayPack): { name: string; text: string } {
  return { name: `${pack.id}.pack.json`, text: `${JSON.stringify(pack, null, 1)}\n` };
}
