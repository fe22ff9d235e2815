import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';

test('progress is backed up automatically and restored when the database is gone', async ({ page, context }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /^Quiz/ }).click();
  await page.getByRole('button', { name: 'Start quiz' }).waitFor();
  for (const box of await page.getByRole('checkbox').all()) await box.uncheck();
  await page.getByRole('checkbox', { name: 'Abbreviations' }).check();
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Check' }).click();
  await page.getByRole('button', { name: /^Good/ }).click();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('pathway-explorer:progress-backup')?.length ?? 0), { timeout: 8000 }).toBeGreaterThan(0);

  // The database disappears (a wiped profile); the backup is still there.
  await page.close();
  const other = await context.newPage();
  await other.goto('/bundled.json');
  await other.evaluate(() => new Promise((res) => { const r = indexedDB.deleteDatabase('pathway-explorer'); r.onsuccess = r.onerror = r.onblocked = res; }));
  await other.goto('/');
  await expect(other.getByText(/Your progress was restored from the automatic backup \(1 cards, 1 answers\)/)).toBeVisible();
  await other.getByRole('button', { name: /^Quiz/ }).click();
  await expect(other.getByText(/^1 of \d+ cards studied$/)).toBeVisible();
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
