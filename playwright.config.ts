import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';

/**
 * A port nobody is using, asked of the OS. The runner evaluates this file
 * first and its workers inherit the environment, so they all agree on it.
 * E2E_PORT still chooses the port (helpers sharing a machine each have one).
 */
function freePort(): string {
  const script = "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
}
process.env.E2E_PORT ||= freePort();
const PORT = Number(process.env.E2E_PORT);

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
    screenshot: 'only-on-failure',
  },
  projects: [
    // The app as a browser runs it (localStorage backup, file inputs, downloads).
    { name: 'browser', testIgnore: /desktop\// },
    // The built renderer on its desktop platform, bridged to the real IPC handlers in Node (e2e/desktop/bridge.ts).
    { name: 'desktop', testMatch: /desktop\/.*\.spec\.ts$/ },
  ],
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --config vite.config.ts --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
