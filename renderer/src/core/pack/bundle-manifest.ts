import { parseJsonSafely } from '../util/safe-json.ts';
import type { Checked, Problem } from '../util/problem.ts';

/**
 * assets/bundle/bundled.json: what ships with the app, with versions so a
 * newer bundle replaces older content. Read at every start, so it is checked
 * by hand rather than with the schema library (which loads only when needed).
 */
export interface BundleManifest {
  format: 'pathway-bundle';
  packs: { id: string; version: string; file: string }[];
  figures: { id: string; revision: string; file: string }[];
}

const FILE = { packs: /^packs\/[A-Za-z0-9_.-]{1,120}$/, figures: /^figures\/[A-Za-z0-9_.-]{1,120}$/ };

export function parseManifest(text: string): Checked<BundleManifest> {
  const json = parseJsonSafely(text, { maxChars: 100_000, maxDepth: 8 });
  if (!json.ok) return json;
  const m = json.value as Record<string, unknown>;
  const problems: Problem[] = [];
  if (m?.format !== 'pathway-bundle') problems.push({ path: 'format', message: 'must be "pathway-bundle"' });
  for (const [list, version] of [['packs', 'version'], ['figures', 'revision']] as const) {
    const items = m?.[list];
    if (!Array.isArray(items)) {
      problems.push({ path: list, message: 'must be a list' });
      continue;
    }
    items.forEach((e: Record<string, unknown>, i) => {
      if (typeof e?.id !== 'string') problems.push({ path: `${list}[${i}].id`, message: 'must be text' });
      if (typeof e?.[version] !== 'string') problems.push({ path: `${list}[${i}].${version}`, message: 'must be text' });
      if (typeof e?.file !== 'string' || !FILE[list].test(e.file)) problems.push({ path: `${list}[${i}].file`, message: `must be a file name under ${list}/` });
    });
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: m as unknown as BundleManifest };
}
