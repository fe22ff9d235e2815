import { expect, SEEDED, type Page } from './fixtures.ts';

/** Opens the seeded app (unless it is open already), then starts a quiz of one family. */
export async function startQuiz(page: Page, family: string, count = 5, open = true): Promise<void> {
  if (open) await page.goto(SEEDED);
  await page.getByRole('button', { name: /^Quiz/ }).click();
  await expect(page.getByRole('button', { name: 'Start quiz' })).toBeVisible();
  for (const box of await page.getByRole('checkbox').all()) await box.uncheck();
  await page.getByRole('checkbox', { name: family }).check();
  await page.getByLabel('Questions:').selectOption(String(count));
  await page.getByRole('button', { name: 'Start quiz' }).click();
}
