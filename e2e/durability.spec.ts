import { readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import { test, expect, openApp, stepIndicator, type Page } from './fixtures.ts';
import { answerOne, notice, outsideTheApp, wipeDatabase } from './progress-helpers.ts';

const KEY = 'pathway-explorer:progress-backup';
const ASIDE = `${KEY}:set-aside:`;

const storage = (context: BrowserContext) =>
  outsideTheApp(context, (p) => p.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)!]))));
const setBackup = (context: BrowserContext, text: string) =>
  outsideTheApp(context, (p) => p.evaluate(([k, t]) => localStorage.setItem(k, t), [KEY, text] as const));
const backupOf = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), KEY);

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
  await other.getByRole('button', { name: /^Quiz/ }).click();
  await expect(other.getByText(/^1 of \d+ cards studied$/)).toBeVisible();
});

test('fault injection: an unreadable backup plus a new answer: the old backup is still in storage and the learner was told', async ({ page, context }) => {
  const truncated = '{"format":"pathway-explorer-progress","version":1,"exportedAt":"2026-01-01T00:00:00.000Z","positions":[],"cards":[{"id":"ketamine-deyama2019|abbr';
  await setBackup(context, truncated);
  await openApp(page);
  await expect(notice(page, /Your automatic backup was kept aside because it could not be read \(line 1, column \d+: is not valid JSON.*Nothing was overwritten\./)).toBeVisible();
  await answerOne(page);
  await expect.poll(async () => (await backupOf(page))?.reviews.length).toBe(1);
  const stored = await storage(context);
  const aside = Object.keys(stored).filter((k) => k.startsWith(ASIDE));
  expect(aside).toHaveLength(1);
  expect(stored[aside[0]!]).toBe(truncated);
  await expect(notice(page, aside[0]!)).toBeVisible();
});

test('a backup from a newer version is kept aside, never overwritten, and the learner is told why', async ({ page, context }) => {
  const newer = JSON.stringify({ format: 'pathway-explorer-progress', version: 2, exportedAt: '2026-01-01T00:00:00.000Z', learner: { cards: [] } });
  await setBackup(context, newer);
  await openApp(page);
  await expect(notice(page, /kept aside because it was made by a newer version of Pathway Explorer/)).toBeVisible();
  await answerOne(page);
  const stored = await storage(context);
  expect(Object.entries(stored).filter(([k]) => k.startsWith(ASIDE)).map(([, v]) => v)).toEqual([newer]);
  expect(JSON.parse(stored[KEY]!).version).toBe(1);
});

test('a full storage is reported: the answer is kept in the database and the learner told the backup failed', async ({ page }) => {
  // Fill this origin's local storage to its quota, in the tab that will run the app.
  await page.goto('/bundled.json');
  const filled = await page.evaluate(() => {
    let n = 0;
    // Big pieces first, then ever smaller ones, until not one more character fits.
    for (const size of [256 * 1024, 16 * 1024, 1024, 64, 1]) {
      try {
        for (;;) localStorage.setItem(`filler-${n++}`, 'x'.repeat(size));
      } catch {
        /* this size no longer fits */
      }
    }
    return n;
  });
  expect(filled).toBeGreaterThan(5);
  await openApp(page);
  const full = () => page.evaluate(() => {
    try {
      localStorage.setItem('probe', 'x'.repeat(512));
      localStorage.removeItem('probe');
      return false;
    } catch {
      return true;
    }
  });
  await expect.poll(full, { message: 'local storage is full before the answer' }).toBe(true);
  await answerOne(page);
  await expect(notice(page, /Your automatic backup could not be written: this browser's storage for the app is full\. Your progress is still saved/)).toBeVisible();
  await page.getByRole('button', { name: 'Progress' }).click();
  await expect(page.getByText("Automatic backup: not written (this browser's storage for the app is full).")).toBeVisible();
  await expect(page.getByRole('img', { name: /1 reviews in total/ })).toBeVisible();
});

test('at start-up, a backup is written when the database holds progress the backup lacks', async ({ page }) => {
  await openApp(page);
  await answerOne(page);
  await page.evaluate((k) => localStorage.removeItem(k), KEY);
  await page.reload();
  await expect.poll(async () => (await backupOf(page))?.reviews.length).toBe(1);
});

test('the place in the cascade goes into the backup when the page is closed', async ({ page, context }) => {
  await openApp(page);
  await answerOne(page);
  await page.getByRole('button', { name: 'Explore' }).click();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Next step' }).click();
  await expect(stepIndicator(page)).toHaveText('Step 4 of 14');
  await page.close();
  const positions = (await storage(context).then((s) => JSON.parse(s[KEY]!))).positions as { stepId?: string }[];
  expect(positions).toHaveLength(1);
  await wipeDatabase(context);
  const other = await context.newPage();
  await openApp(other);
  await expect(stepIndicator(other)).toHaveText('Step 4 of 14');
});

const card = { id: 'p|edge:e1', packId: 'p', kc: 'edge:e1', due: 1, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state: 2 };

test('a profile written by a newer version still opens, with its records', async ({ page }) => {
  await page.goto('/bundled.json');
  await page.evaluate((c) => new Promise<void>((res) => {
    const r = indexedDB.open('pathway-explorer', 70);
    r.onupgradeneeded = () => r.result.createObjectStore('cards', { keyPath: 'id' }).put(c);
    r.onsuccess = () => { r.result.close(); res(); };
  }), card);
  await page.goto('/');
  await page.getByRole('button', { name: /^Quiz/ }).click();
  await expect(page.getByRole('heading', { name: /^Quiz: / })).toBeVisible();
  const ids = await page.evaluate(() => new Promise<string[]>((res) => {
    const r = indexedDB.open('pathway-explorer');
    r.onsuccess = () => { const q = r.result.transaction('cards').objectStore('cards').getAllKeys(); q.onsuccess = () => { res(q.result as string[]); r.result.close(); }; };
  }));
  expect(ids).toEqual(['p|edge:e1']);
});

test('a database the app cannot open is left alone, and the progress can be saved', async ({ page }) => {
  // An old profile whose cards table has a different primary key: the upgrade cannot migrate it.
  await page.goto('/bundled.json');
  await page.evaluate(() => new Promise<void>((res) => {
    const r = indexedDB.open('pathway-explorer', 5);
    r.onupgradeneeded = () => {
      const db = r.result;
      db.createObjectStore('cards', { keyPath: 'kc' }).put({ id: 'p|edge:e1', packId: 'p', kc: 'edge:e1', due: 1, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state: 2 });
      db.createObjectStore('reviews', { keyPath: 'id', autoIncrement: true }).put({ cardId: 'p|edge:e1', packId: 'p', rating: 3, reviewedAt: 5, durationMs: 10, stateBefore: 0, dueBefore: 0, scheduledDays: 1 });
    };
    r.onsuccess = () => { r.result.close(); res(); };
  }));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Your local database could not be opened');
  await expect(alert).toContainText('Nothing you stored has been changed.');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save a copy of your progress' }).click()]);
  const saved = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(saved.format).toBe('pathway-explorer-progress');
  expect(saved.cards).toHaveLength(1);
  expect(saved.reviews).toHaveLength(1);
  // Nothing was changed: the newer database is still at its version with its data.
  const version = await page.evaluate(() => new Promise<number>((res) => { const r = indexedDB.open('pathway-explorer'); r.onsuccess = () => { res(r.result.version); r.result.close(); }; }));
  expect(version).toBe(5);
});
