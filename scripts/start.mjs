// npm start: build, then run the desktop app; where the Electron runtime is
// missing (and cannot be fetched), say so in one line and serve the same app
// on 127.0.0.1 for a browser.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });

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
  const child = spawn(bin, ['.'], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const port = process.env.PORT || '4310';
  console.log(`Electron runtime not available on this machine, so the same app is served for a browser at http://127.0.0.1:${port}/`);
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = spawn(process.execPath, [vite, 'preview', '--config', 'vite.config.ts', '--host', '127.0.0.1', '--port', port, '--strictPort', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
