// npm start: build, then run the desktop app; where the Electron runtime is
// missing (and cannot be fetched), say so in one line and serve the same app
// on 127.0.0.1 for a browser. Either way the last line printed is the address
// of the app, so a newcomer knows where to look.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeProblem } from './plan-preflight.mjs';

const root = new URL('..', import.meta.url).pathname;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });

// An unsupported Node fails deep inside the build with a stack trace; one line instead.
const engines = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines?.node;
const problem = nodeProblem(process.versions.node, engines);
if (problem) {
  console.error(problem.replace(/^preflight: /, 'npm start: '));
  process.exit(1);
}

if (run(npm, ['run', '--silent', 'build']).status !== 0) process.exit(1);

const electronDir = join(root, 'node_modules', 'electron');
// Never require('electron') to find out: from Electron 42 on that starts a download.
function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const bin = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(bin) ? bin : null;
}

let bin = electronBinary();
if (!bin && existsSync(join(electronDir, 'install.js'))) {
  run(process.execPath, [join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 60_000 });
  bin = electronBinary();
}

if (bin) {
  // The main process prints the address when its window shows (electron/main.ts),
  // so that line comes after Electron's own start-up output.
  const child = spawn(bin, ['.'], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  // Vite's own banner is silenced (logLevel warn) and the address is printed
  // only once the server listens, so it is the last line and it is true.
  const port = Number(process.env.PORT || 4310);
  process.chdir(root);
  const { preview } = await import('vite');
  try {
    await preview({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn', preview: { host: '127.0.0.1', port, strictPort: true } });
  } catch (error) {
    console.error(`npm start: cannot serve the app on 127.0.0.1:${port} (${error instanceof Error ? error.message : error}); set PORT to a free port.`);
    process.exit(1);
  }
  console.log(`Electron runtime not available on this machine, so the same app is served for a browser at http://127.0.0.1:${port}/`);
}
