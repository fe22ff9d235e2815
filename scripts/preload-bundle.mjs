// The sandboxed preload must be one CommonJS file that requires nothing but
// 'electron'; bundling lets it import the shared host contract. One set of
// options for the build (scripts/build-electron.mjs) and the unit test that
// runs the real preload against a stand-in Electron.
import { build } from 'esbuild';

export const PRELOAD_ENTRY = 'electron/preload.ts';
export const PRELOAD_OUT = 'dist/electron/preload.cjs';

/** Bundles the preload; with `outfile` undefined, returns its code instead of writing it. */
export async function bundlePreload(outfile) {
  const result = await build({
    entryPoints: [PRELOAD_ENTRY],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
    logLevel: 'warning',
    ...(outfile ? { outfile } : { write: false }),
  });
  return outfile ? undefined : result.outputFiles[0].text;
}
