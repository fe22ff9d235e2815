import * as v from 'valibot';
import { parseJsonSafely } from '../util/safe-json.ts';
import type { Checked } from '../util/problem.ts';

const file = (dir: string) => v.pipe(v.string(), v.regex(new RegExp(`^${dir}/[A-Za-z0-9_.-]{1,120}$`), `must be a file name under ${dir}/`));

/** assets/bundled.json: what ships with the app, with versions so a newer bundle replaces older content. */
export const BundleManifest = v.strictObject({
  format: v.literal('pathway-bundle'),
  packs: v.array(v.strictObject({ id: v.string(), version: v.string(), file: file('packs') })),
  figures: v.array(v.strictObject({ id: v.string(), revision: v.string(), file: file('figures') })),
});
export type BundleManifest = v.InferOutput<typeof BundleManifest>;

export function parseManifest(text: string): Checked<BundleManifest> {
  const json = parseJsonSafely(text, { maxChars: 100_000, maxDepth: 8 });
  if (!json.ok) return json;
  const r = v.safeParse(BundleManifest, json.value);
  return r.success ? { ok: true, value: r.output } : { ok: false, problems: r.issues.map((i) => ({ path: v.getDotPath(i) ?? '(root)', message: i.message })) };
}

/** Every file the bundle may contain: the only names the desktop shell will read. */
export const bundledFiles = (m: BundleManifest): string[] => [...m.packs.map((p) => p.file), ...m.figures.map((f) => f.file)];
