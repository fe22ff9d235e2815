// What `npm test` (and .ci/run) must do before anything slow: given plain facts
// about this machine, decide to go ahead, to install the e2e browser, or to
// stop with one line that says exactly what to run. Pure: no file system, no
// processes, so every branch is unit-tested (plan-preflight.test.ts) and
// scripts/preflight.mjs only gathers the facts and carries out the plan.
// Plain, old syntax on purpose: it must run on a Node too old for the project.
import { satisfiesRange } from './satisfies-range.mjs';

export const DEFAULT_BROWSER = '/usr/bin/chromium';
const PACKAGES = ['chromium', 'fonts-liberation'];
const APT_INSTALL = ['install', '-y', '--no-install-recommends'].concat(PACKAGES);
const APT_TEXT = 'apt-get update && apt-get install -y --no-install-recommends ' + PACKAGES.join(' ');
const SUDO_TEXT = 'sudo apt-get update && sudo apt-get install -y --no-install-recommends ' + PACKAGES.join(' ');

// Debian's archive has a `chromium` package; Ubuntu's ships Chromium only as a
// snap (its `chromium-browser` deb is a shim for the snap), so apt cannot
// provide /usr/bin/chromium there and trying would only end red.
function family(facts) {
  const ids = [facts.osId || ''].concat(facts.osIdLike || []);
  if (ids.indexOf('ubuntu') !== -1) return 'ubuntu';
  if (ids.indexOf('debian') !== -1) return 'debian';
  return 'other';
}

function overrideHint(facts) {
  if (facts.platform === 'darwin') {
    return 'with Google Chrome installed, run: CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test';
  }
  if (facts.platform === 'win32') {
    return 'with Google Chrome installed, run in PowerShell: $env:CHROMIUM_PATH="C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe"; npm test';
  }
  return 'install Chromium or Google Chrome with your package manager, then run: CHROMIUM_PATH=/path/to/chromium npm test';
}

/**
 * The Node half on its own (npm start uses it too): null when the version
 * fits package.json "engines" or there is no range, else the one line to print.
 */
export function nodeProblem(nodeVersion, engines) {
  if (!engines) return null;
  const node = 'v' + String(nodeVersion).replace(/^v/, '');
  const fits = satisfiesRange(nodeVersion, engines);
  if (fits === null) return 'preflight: cannot read the Node range "' + engines + '" in package.json "engines" (or the version ' + node + '); fix package.json.';
  if (fits) return null;
  return 'preflight: Node ' + node + ' is not supported: Pathway Explorer needs Node ' + engines +
    ' (package.json "engines"). Install a newer Node, then run npm install again.';
}

/**
 * @returns {{ action: 'ok', message: string }
 *   | { action: 'install', message: string, steps: object[], env: object, browserPath: string }
 *   | { action: 'stop', message: string }}
 */
export function planPreflight(facts) {
  const problem = nodeProblem(facts.nodeVersion, facts.engines);
  if (problem) return { action: 'stop', message: problem };
  const node = 'v' + String(facts.nodeVersion).replace(/^v/, '');
  const nodeNote = facts.engines ? node + ' (needs ' + facts.engines + ')' : node;

  const path = facts.browserPath || DEFAULT_BROWSER;
  const ready = { action: 'ok', message: 'preflight: Node ' + nodeNote + ', e2e browser ' + path + ': ready' };
  if (facts.browserPresent) return ready;

  const missing = 'preflight: no browser at ' + path + ' for the e2e tests';
  // An explicit CHROMIUM_PATH elsewhere is the user's choice; installing
  // Debian's package would not put anything at that path.
  if (path !== DEFAULT_BROWSER) {
    return { action: 'stop', message: 'preflight: CHROMIUM_PATH is ' + path + ', but there is no browser there: point it at a Chromium or Chrome executable, or unset it to use ' + DEFAULT_BROWSER + '.' };
  }
  const fam = facts.platform === 'linux' ? family(facts) : 'other';
  if (fam === 'debian' && facts.hasApt && facts.isRoot) {
    return {
      action: 'install',
      message: missing + ', so installing it now (about a minute): ' + APT_TEXT,
      steps: [
        // A failed index refresh (one unreachable mirror) need not sink the
        // install: cached lists may still have the packages, as .ci/run allowed before.
        { command: 'apt-get', args: ['update'], mayFail: true },
        { command: 'apt-get', args: APT_INSTALL, mayFail: false },
      ],
      env: { DEBIAN_FRONTEND: 'noninteractive' },
      browserPath: path,
    };
  }
  if (fam === 'debian' && facts.hasApt) {
    return { action: 'stop', message: missing + '. Install it with: ' + SUDO_TEXT + ' (or set CHROMIUM_PATH to a Chromium or Chrome executable), then run npm test again.' };
  }
  if (fam === 'ubuntu') {
    return { action: 'stop', message: missing + '; Ubuntu has no chromium .deb (only a snap), so install Google Chrome\'s .deb and run: CHROMIUM_PATH=/usr/bin/google-chrome npm test' };
  }
  return { action: 'stop', message: missing + '; ' + overrideHint(facts) };
}
