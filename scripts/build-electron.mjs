// npm run build:electron — main process compiled by tsc (one file per module),
// the sandboxed preload bundled by esbuild (so it can share the host contract).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { bundlePreload, PRELOAD_OUT } from './preload-bundle.mjs';

// A clean folder: a module removed from the source must not linger in the build (or in the audit).
rmSync('dist/electron', { recursive: true, force: true });

const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'electron/tsconfig.build.json'], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
await bundlePreload(PRELOAD_OUT);
