// First step of `npm test` and of .ci/run: checks Node and the e2e browser in
// a second, before minutes of type checks and builds that would end red
// anyway. Gathers the facts here; plan-preflight.mjs decides. No dependencies,
// so it runs before `npm install` and on any Node old enough to load ESM.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { DEFAULT_BROWSER, planPreflight } from './plan-preflight.mjs';

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch (e) {
    return false;
  }
}

function onPath(command) {
  return (process.env.PATH || '').split(delimiter).some((dir) => dir && executable(join(dir, command)));
}

function osRelease() {
  const file = ['/etc/os-release', '/usr/lib/os-release'].find((f) => existsSync(f));
  const fields = {};
  if (!file) return fields;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (m) fields[m[1]] = m[2].replace(/^["']|["']$/g, '');
  }
  return fields;
}

function gatherFacts() {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const os = process.platform === 'linux' ? osRelease() : {};
  const browserPath = process.env.CHROMIUM_PATH || DEFAULT_BROWSER;
  return {
    nodeVersion: process.versions.node,
    engines: pkg.engines && pkg.engines.node,
    browserPath,
    browserPresent: executable(browserPath),
    platform: process.platform,
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    hasApt: onPath('apt-get'),
    osId: os.ID,
    osIdLike: (os.ID_LIKE || '').split(/\s+/).filter(Boolean),
  };
}

// apt's own output stays hidden unless a step fails; then its last lines say why.
function install(plan) {
  for (const step of plan.steps) {
    const r = spawnSync(step.command, step.args, { env: Object.assign({}, process.env, plan.env), encoding: 'utf8' });
    if (r.status === 0 || step.mayFail) continue;
    const tail = ((r.stdout || '') + (r.stderr || '') || String(r.error)).trim().split('\n').slice(-15).join('\n');
    console.error(tail);
    console.error(`preflight: "${step.command} ${step.args.join(' ')}" failed (exit ${r.status}); fix that, or set CHROMIUM_PATH to a Chromium or Chrome executable.`);
    return false;
  }
  if (!executable(plan.browserPath)) {
    console.error(`preflight: apt-get finished, but there is still no browser at ${plan.browserPath}; set CHROMIUM_PATH to a Chromium or Chrome executable.`);
    return false;
  }
  return true;
}

let plan = planPreflight(gatherFacts());
if (plan.action === 'install') {
  console.log(plan.message);
  if (!install(plan)) process.exit(1);
  plan = planPreflight(gatherFacts());
}
if (plan.action === 'ok') {
  console.log(plan.message);
} else {
  console.error(plan.message);
  process.exit(1);
}
