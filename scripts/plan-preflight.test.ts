import { describe, expect, it } from 'vitest';
import { nodeProblem, planPreflight, type PreflightFacts } from './plan-preflight.mjs';

const APT = 'apt-get update && apt-get install -y --no-install-recommends chromium fonts-liberation';
const debianRoot: PreflightFacts = {
  nodeVersion: '20.20.2',
  engines: '>=20.19',
  browserPath: '/usr/bin/chromium',
  browserPresent: false,
  platform: 'linux',
  isRoot: true,
  hasApt: true,
  osId: 'debian',
  osIdLike: [],
};

describe('planPreflight', () => {
  it.each<[string, Partial<PreflightFacts>, 'ok' | 'install' | 'stop', string[]]>([
    // [case, facts that differ from a root Debian machine without Chromium, action, text the line must hold]
    ['browser present', { browserPresent: true }, 'ok', ['Node v20.20.2 (needs >=20.19)', '/usr/bin/chromium: ready']],
    ['browser present, not root, not Debian', { browserPresent: true, isRoot: false, osId: 'fedora', hasApt: false }, 'ok', ['ready']],
    ['installable: root on Debian with apt', {}, 'install', ['no browser at /usr/bin/chromium', APT]],
    ['installable: root on a Debian derivative', { osId: 'raspbian', osIdLike: ['debian'] }, 'install', [APT]],
    ['not installable: not root on Debian', { isRoot: false }, 'stop', [`sudo ${APT.replace('&& apt-get', '&& sudo apt-get')}`, 'CHROMIUM_PATH']],
    ['not installable: no apt-get', { hasApt: false }, 'stop', ['CHROMIUM_PATH=/path/to/chromium npm test']],
    ['not installable: Fedora', { osId: 'fedora', osIdLike: [], hasApt: false }, 'stop', ['CHROMIUM_PATH=/path/to/chromium npm test']],
    ['not installable: Ubuntu (no chromium deb)', { osId: 'ubuntu', osIdLike: ['debian'] }, 'stop', ['CHROMIUM_PATH=/usr/bin/google-chrome npm test']],
    ['not installable: Ubuntu derivative', { osId: 'pop', osIdLike: ['ubuntu', 'debian'] }, 'stop', ['CHROMIUM_PATH=/usr/bin/google-chrome npm test']],
    ['not installable: macOS', { platform: 'darwin', osId: undefined, hasApt: false }, 'stop', ['CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test']],
    ['not installable: Windows', { platform: 'win32', osId: undefined, isRoot: false, hasApt: false }, 'stop', ['$env:CHROMIUM_PATH=', 'chrome.exe']],
    ['CHROMIUM_PATH points nowhere: no install, it would not help', { browserPath: '/opt/chrome/chrome' }, 'stop', ['CHROMIUM_PATH is /opt/chrome/chrome, but there is no browser there', 'unset it to use /usr/bin/chromium']],
    ['CHROMIUM_PATH present', { browserPath: '/opt/chrome/chrome', browserPresent: true }, 'ok', ['/opt/chrome/chrome: ready']],
    ['Node too old', { nodeVersion: '18.20.4' }, 'stop', ['Node v18.20.4 is not supported', 'needs Node >=20.19']],
    ['Node too old stops before any install', { nodeVersion: '20.18.0', browserPresent: false }, 'stop', ['Node v20.18.0 is not supported']],
    ['Node too old even with the browser there', { nodeVersion: '16.0.0', browserPresent: true }, 'stop', ['Node v16.0.0 is not supported']],
    ['engines range it cannot read', { engines: 'latest' }, 'stop', ['cannot read the Node range "latest"']],
    ['no engines field: no Node check', { engines: undefined, nodeVersion: '10.0.0', browserPresent: true }, 'ok', ['Node v10.0.0,']],
  ])('%s', (_name, differences, action, texts) => {
    const plan = planPreflight({ ...debianRoot, ...differences });
    expect(plan.action).toBe(action);
    expect(plan.message.startsWith('preflight: ')).toBe(true);
    expect(plan.message).not.toContain('\n');
    for (const text of texts) expect(plan.message).toContain(text);
  });

  it('installs with exactly the apt steps .ci/run used, non-interactively', () => {
    const plan = planPreflight(debianRoot);
    if (plan.action !== 'install') throw new Error(`expected an install plan, got ${plan.action}`);
    expect(plan.steps).toEqual([
      { command: 'apt-get', args: ['update'], mayFail: true },
      { command: 'apt-get', args: ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-liberation'], mayFail: false },
    ]);
    expect(plan.env).toEqual({ DEBIAN_FRONTEND: 'noninteractive' });
    expect(plan.browserPath).toBe('/usr/bin/chromium');
  });

  it('never plans an install unless root on a Debian-family Linux with apt', () => {
    const variants: Partial<PreflightFacts>[] = [
      { isRoot: false }, { hasApt: false }, { osId: 'arch' }, { osId: 'ubuntu' }, { platform: 'darwin' },
      { browserPath: '/elsewhere/chrome' }, { nodeVersion: '18.0.0' },
    ];
    for (const v of variants) expect(planPreflight({ ...debianRoot, ...v }).action).not.toBe('install');
  });

  it.each<[string, string | undefined, boolean]>([
    ['20.19.0', '>=20.19', false],
    ['20.18.9', '>=20.19', true],
    ['8.0.0', undefined, false],
  ])('nodeProblem (shared with npm start): Node %s against %s is a problem: %s', (version, engines, problem) => {
    expect(nodeProblem(version, engines) !== null).toBe(problem);
  });
});
