import { expect, type Page } from './fixtures.ts';

export const prediction = (page: Page) => page.getByRole('region', { name: 'Your prediction' });

/** Predicts every outcome in the lab: the given ones as said, the rest "not sure". */
export async function predictAll(page: Page, said: Record<string, 'kept' | 'lost' | 'not sure'> = {}): Promise<void> {
  const groups = prediction(page).getByRole('radiogroup');
  await expect(groups.first()).toBeVisible();
  for (const group of await groups.all()) {
    const id = (await group.getAttribute('aria-labelledby'))!;
    const label = (await page.locator(`#${id}`).textContent())!.trim();
    await group.getByRole('radio', { name: said[label] ?? 'not sure', exact: true }).check();
  }
}

/** Runs the experiment and waits for the results (skipping the replay when motion is on). */
export async function runExperiment(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Run the experiment' }).click();
  const results = page.getByRole('heading', { name: 'Results' });
  const skip = page.getByRole('button', { name: 'Show the results now' });
  await expect(results.or(skip)).toBeVisible();
  if (!(await results.isVisible())) await skip.click();
  await expect(results).toBeVisible();
}

/** The results row of an outcome: what happened, from which source, and the verdict on your prediction. */
export const outcomeRow = (page: Page, label: string) =>
  page.getByRole('table').getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
