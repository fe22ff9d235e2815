import { readFileSync } from 'node:fs';
import { writeFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect, type Desktop } from './bridge.ts';
import { openApp, stepIndicator } from '../fixtures.ts';
import { answerOne, notice, wipeDatabase } from '../progress-helpers.ts';

const GENERATION = /^progress-\d{8}T\d{9}Z(-\d+)?\.json$/;
const reviewsIn = (text: string) => (JSON.parse(text) as { reviews: unknown[] }).reviews.length;
/** Generation files on disk, oldest first. */
const generations = async (desktop: Desktop) => (await desktop.backupFiles()).filter((f) => GENERATION.test(f));

test('the app runs on the desktop platform, through the real preload and IPC handlers', async ({ page, desktop }) => {
  await openApp(page);
  const keys = await page.evaluate(() => Object.keys((window as unknown as { pathwayExplorer: object }).pathwayExplorer).sort());
  const declared = [...readFileSync('electron/preload.ts', 'utf8').matchAll(/^ {2}(\w+): \(/gm)].map((m) => m[1]).sort();
  expect(keys).toEqual(declared);
  // The bundle came through main, not over http.
  expect(desktop.calls).toEqual(expect.arrayContaining(['bundle:manifest', 'bundle:read', 'app:version', 'backup:list']));
});

test('import a pack and a figure record through the open dialog', async ({ page, desktop }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Library' }).click();
  for (const [file, said] of [['e2e/files/test-figure.md', 'Imported figure record "PMC0000001__test-figure-1"'], ['e2e/files/test-cascade.pack.json', 'Imported pack "test-cascade"']]) {
    desktop.chooseFile(join(process.cwd(), file!));
    await page.getByRole('button', { name: 'Import a file…' }).click();
    await expect(page.getByRole('status').filter({ hasText: said! })).toBeVisible();
  }
  expect(desktop.calls.filter((c) => c === 'file:open-import')).toHaveLength(2);
  await page.reload();
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(page.getByRole('button', { name: 'Open Test cascade (synthetic, for tests)' })).toBeVisible();
});

test('export progress through the save dialog, then import it on a new computer', async ({ page, context, desktop }) => {
  await openApp(page);
  await answerOne(page);
  await page.getByRole('button', { name: 'Progress' }).click();
  const out = join(desktop.userData, 'my-progress.json');
  desktop.saveTo(out);
  await page.getByRole('button', { name: 'Export progress' }).click();
  await expect(page.getByText('Exported 1 cards and 1 answers.')).toBeVisible();
  expect(reviewsIn(readFileSync(out, 'utf8'))).toBe(1);

  await page.close();
  // A new computer: no database, no automatic backups.
  await wipeDatabase(context);
  await rm(desktop.backups, { recursive: true });
  const other = await context.newPage();
  await openApp(other);
  await other.getByRole('button', { name: 'Progress' }).click();
  desktop.chooseFile(out);
  await other.getByRole('button', { name: 'Import progress' }).click();
  await expect(other.getByText(/^Imported from my-progress\.json: 1 cards, 1 answers/)).toBeVisible();
});

test('backups are written as generations, one after each answer, newest read first', async ({ page, desktop }) => {
  await openApp(page);
  for (let n = 1; n <= 3; n++) {
    await answerOne(page, { n });
    await expect.poll(async () => (await generations(desktop)).length, { message: `a generation for answer ${n}` }).toBe(n);
  }
  const files = await generations(desktop);
  expect(await Promise.all(files.map(async (f) => reviewsIn(await desktop.readBackup(f))))).toEqual([1, 2, 3]);
});

test('after the database is wiped, progress comes back from the newest generation that validates', async ({ page, context, desktop }) => {
  await openApp(page);
  await answerOne(page, { n: 1 });
  await expect.poll(async () => (await generations(desktop)).length).toBe(1);
  await answerOne(page, { n: 2 });
  await expect.poll(async () => (await generations(desktop)).length).toBe(2);
  await page.close();
  const [older, newest] = await generations(desktop);
  // The newest parses as JSON but cannot be true: an answer dated in the year 275760.
  const forged = JSON.parse(await desktop.readBackup(newest!));
  forged.reviews[1].reviewedAt = 8.64e15;
  await writeFile(join(desktop.backups, newest!), JSON.stringify(forged));
  await wipeDatabase(context);

  const other = await context.newPage();
  await openApp(other);
  await expect(notice(other, /restored from the automatic backup \(1 cards, 1 answers\)/)).toBeVisible();
  await expect(notice(other, /kept aside because it could not be read \(reviews\[1\]\.reviewedAt: is in the future/)).toBeVisible();
  const files = await desktop.backupFiles();
  expect(files).toContain(older);
  expect(files).toContain(files.find((f) => f.startsWith('set-aside-') && f.endsWith(newest!)));
});

test('fault injection: answer, close 150 ms later, wipe the database, reopen: the answer is restored', async ({ page, context }) => {
  await openApp(page);
  await answerOne(page, { wait: false });
  // The fault being injected is the learner closing the window almost at once, not a wait for some state.
  await page.waitForTimeout(150);
  await page.close();
  await wipeDatabase(context);
  const other = await context.newPage();
  await openApp(other);
  await expect(notice(other, /Your progress was restored from the automatic backup \(1 cards, 1 answers\)/)).toBeVisible();
});

test('fault injection: an unreadable backup plus a new answer: the old backup is still on disk and the learner was told', async ({ page, desktop }) => {
  const broken = '{"format":"pathway-explorer-progress","version":1,"exportedAt":"2026-01-01T00:00:00.000Z","cards":[{"id":"ketamine-deyam';
  await mkdir(desktop.backups, { recursive: true });
  await writeFile(join(desktop.backups, 'progress-20260101T000000000Z.json'), broken);
  await openApp(page);
  await expect(notice(page, /kept aside because it could not be read.*It is still in the app's data folder as “set-aside-\d{8}T\d{9}Z-progress-20260101T000000000Z\.json”.*Nothing was overwritten/)).toBeVisible();
  await answerOne(page);
  await expect.poll(async () => (await generations(desktop)).length).toBe(1);
  const aside = (await desktop.backupFiles()).filter((f) => f.startsWith('set-aside-'));
  expect(aside).toHaveLength(1);
  expect(await desktop.readBackup(aside[0]!)).toBe(broken);
  expect(reviewsIn(await desktop.readBackup((await generations(desktop))[0]!))).toBe(1);
});

test('closing the window asks the page to flush first: the backup has the last answer and the place in the cascade', async ({ page, context, desktop }) => {
  await openApp(page);
  await answerOne(page);
  await page.getByRole('button', { name: 'Explore' }).click();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Next step' }).click();
  await expect(stepIndicator(page)).toHaveText('Step 4 of 14');
  const before = desktop.calls.length;
  await desktop.closeWindow(page);
  // Main waited for the page's answer before it closed the window.
  expect(desktop.calls.slice(before)).toEqual(expect.arrayContaining(['backup:write', 'app:flush-done']));
  expect(desktop.calls.lastIndexOf('backup:write')).toBeLessThan(desktop.calls.lastIndexOf('app:flush-done'));
  await wipeDatabase(context);
  const other = await context.newPage();
  await openApp(other);
  await expect(stepIndicator(other)).toHaveText('Step 4 of 14');
});

test('a backup write that fails in main is shown to the learner', async ({ page, desktop }) => {
  // Something that is not a folder where the backups folder should be: every write fails.
  await writeFile(desktop.backups, 'not a folder');
  await openApp(page);
  await answerOne(page);
  await expect(notice(page, /Your automatic backup could not be written: ENOTDIR: not a directory.*Your progress is still saved in the app's database/)).toBeVisible();
});
