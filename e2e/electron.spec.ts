import { test, expect, _electron as electron } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The desktop shell itself. Needs the Electron binary, which is downloaded from
// GitHub at install time; machines without that access skip with the reason.
const dir = join(process.cwd(), 'node_modules', 'electron');
const pathFile = join(dir, 'path.txt');
const binary = existsSync(pathFile) ? join(dir, 'dist', readFileSync(pathFile, 'utf8').trim()) : '';
const hasElectron = !!binary && existsSync(binary);

test.describe('desktop app (Electron)', () => {
  test.skip(!hasElectron, 'Electron binary not installed (node_modules/electron/dist is missing: it is downloaded from GitHub, unreachable here)');

  test('opens the figure from the app:// origin with a locked-down window', async () => {
    const app = await electron.launch({ args: ['.'], executablePath: binary });
    const window = await app.firstWindow();
    await expect(window.getByRole('group', { name: /^Pathway diagram/ })).toBeVisible();
    expect(window.url()).toBe('app://pathway-explorer/index.html');
    // No Node in the page, no new windows, no navigation away.
    expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    expect(await window.evaluate(() => typeof (globalThis as unknown as { process?: unknown }).process)).toBe('undefined');
    expect(await window.evaluate(() => globalThis.open('https://doi.org/') === null)).toBe(true);
    await window.evaluate(() => (globalThis.location.href = 'https://example.org/'));
    await window.waitForTimeout(500);
    expect(window.url()).toBe('app://pathway-explorer/index.html');
    expect(await window.evaluate(() => Object.keys((window as unknown as { pathwayExplorer: object }).pathwayExplorer).sort())).toEqual(
      ['appVersion', 'bundleManifest', 'listBackups', 'onFlushRequest', 'openExternal', 'openImportFile', 'readBackup', 'readBundled', 'saveExport', 'setAsideBackup', 'writeBackup'],
    );
    await app.close();
  });
});
