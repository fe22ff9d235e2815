import type { BrowserContext } from '@playwright/test';
import { expect, type Page } from './fixtures.ts';

/**
 * Starts a quiz of abbreviations and answers question `n` of it "Good" (1: a
 * new quiz). With `wait`, returns once the next question shows, i.e. once the
 * answer is stored.
 */
export async function answerOne(page: Page, { wait = true, n = 1 } = {}): Promise<void> {
  if (n === 1) {
    await page.getByRole('button', { name: /^Quiz/ }).click();
    await page.getByRole('button', { name: 'Start quiz' }).waitFor();
    for (const box of await page.getByRole('checkbox').all()) await box.uncheck();
    await page.getByRole('checkbox', { name: 'Abbreviations' }).check();
    await page.getByRole('button', { name: 'Start quiz' }).click();
  }
  await expect(page.getByText(new RegExp(`^Question ${n} of \\d+$`))).toBeVisible();
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Check' }).click();
  await page.getByRole('button', { name: /^Good/ }).click();
  if (wait) await expect(page.getByText(new RegExp(`^Question ${n + 1} of \\d+$`))).toBeVisible();
}

/** Runs `fn` with a page of the app's origin that is not running the app (so nothing holds the database open). */
export async function outsideTheApp<T>(context: BrowserContext, fn: (page: Page) => Promise<T>): Promise<T> {
  const page = await context.newPage();
  await page.goto('/bundled.json');
  try {
    return await fn(page);
  } finally {
    await page.close();
  }
}

/** The profile's database disappears (as when it is damaged or wiped). */
export const wipeDatabase = (context: BrowserContext) =>
  outsideTheApp(context, (p) =>
    p.evaluate(() => new Promise((res) => {
      const r = indexedDB.deleteDatabase('pathway-explorer');
      r.onsuccess = r.onerror = r.onblocked = res;
    })),
  );

/** A calm notice on screen. */
export const notice = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
