import { test, expect, type Page } from './fixtures.ts';

async function openLab(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Lab' }).click();
  await expect(page.getByRole('group', { name: /^Pathway diagram/ })).toBeVisible();
}
const kept = (page: Page) => page.getByRole('list', { name: 'Kept outcomes' });
const lost = (page: Page) => page.getByRole('list', { name: 'Lost outcomes' });

test('rapamycin: BDNF is still released, synaptogenesis is lost', async ({ page }) => {
  await openLab(page);
  await page.getByRole('checkbox', { name: 'Rapamycin (rat, into the brain)' }).check();
  await page.getByRole('button', { name: 'Run the experiment' }).click();
  await expect(lost(page).getByText('Synaptogenesis', { exact: true })).toBeVisible();
  await expect(lost(page).getByText('GluA1 synthesis', { exact: true })).toBeVisible();
  await expect(kept(page).getByText('BDNF release', { exact: true })).toBeVisible();
  await expect(kept(page).getByText('TrkB activation', { exact: true })).toBeVisible();
  // Advanced numbering: the PLCγ branch and the feedback loop now play right after the receptors (steps 10–12).
  await expect(page.getByText('Signal stops at step 14: mTORC1 switches on', { exact: true })).toBeVisible();
  // The card says what was published and where the model stands.
  const card = page.getByRole('article', { name: 'Rapamycin (rat, into the brain)' });
  await expect(card.getByText(/Completely blocked ketamine-induced synaptogenesis/)).toBeVisible();
  await expect(card.getByText('The model reproduces what this experiment observed.')).toBeVisible();
});

test('NBQX: the glutamate burst survives, BDNF release does not; predictions graded right and wrong', async ({ page }) => {
  await openLab(page);
  await page.getByRole('checkbox', { name: 'NBQX' }).check();
  // Predict: the burst survives (right) and BDNF release survives (wrong).
  await page.getByRole('radiogroup', { name: 'Glutamate burst' }).getByRole('radio', { name: 'survives' }).check();
  await page.getByRole('radiogroup', { name: 'BDNF release' }).getByRole('radio', { name: 'survives' }).check();
  await page.getByRole('button', { name: 'Run the experiment' }).click();
  await expect(kept(page).getByText('Glutamate burst', { exact: true })).toBeVisible();
  await expect(lost(page).getByText('BDNF release', { exact: true })).toBeVisible();
  const burst = kept(page).getByRole('listitem').filter({ hasText: 'Glutamate burst' });
  await expect(burst.getByText('Your prediction: right')).toBeVisible();
  const bdnf = lost(page).getByRole('listitem').filter({ hasText: 'BDNF release' });
  await expect(bdnf.getByText('Your prediction: wrong')).toBeVisible();
  await expect(bdnf.getByText('BDNF release is lost: the signal stops at step 5, “AMPA receptors respond” (NBQX).')).toBeVisible();
  // The diagram marks the blocked target.
  await expect(page.getByRole('button', { name: /^AMPA receptor.*blocked/ })).toBeVisible();
});

test('anti-VEGF: both factors collapse (heterologous release), and the lab says why BDNF cannot make up for VEGF', async ({ page }) => {
  await openLab(page);
  await page.getByRole('checkbox', { name: 'Anti-VEGF antibody' }).check();
  // Predict that BDNF release survives: the model says it does not.
  await page.getByRole('radiogroup', { name: 'BDNF release' }).getByRole('radio', { name: 'survives' }).check();
  await page.getByRole('button', { name: 'Run the experiment' }).click();
  await expect(kept(page).getByText('Ca²⁺ entry', { exact: true })).toBeVisible();
  await expect(lost(page).getByText('Synaptogenesis', { exact: true })).toBeVisible();
  const bdnf = lost(page).getByRole('listitem').filter({ hasText: 'BDNF release' });
  await expect(bdnf.getByText('Your prediction: wrong')).toBeVisible();
  await expect(bdnf.getByText(/\(Anti-VEGF antibody\)\. In the authors’ model BDNF release is sustained only while .* BDNF cannot make up for the loss\./)).toBeVisible();
  // The card says what was published and that the model reproduces it.
  await expect(page.getByRole('article', { name: 'Anti-VEGF antibody' }).getByText('The model reproduces what this experiment observed.')).toBeVisible();
});

test('GluN2B knockdown in interneurons blocks ketamine, as published; Ro 25-6981 alone still mimics it', async ({ page }) => {
  await openLab(page);
  await page.getByRole('checkbox', { name: 'GluN2B knockdown in interneurons' }).check();
  await page.getByRole('button', { name: 'Run the experiment' }).click();
  await expect(lost(page).getByText('Disinhibition', { exact: true })).toBeVisible();
  await expect(lost(page).getByText('Antidepressant-like effect', { exact: true })).toBeVisible();
  await expect(page.getByRole('article', { name: 'GluN2B knockdown in interneurons' }).getByText('The model reproduces what this experiment observed.')).toBeVisible();
  await expect(page.getByText('The model and the experiment disagree.')).toHaveCount(0);
  // A GluN2B antagonist given instead of ketamine produces the whole cascade.
  await page.getByRole('button', { name: 'Make a new prediction' }).click();
  await page.getByRole('checkbox', { name: 'GluN2B knockdown in interneurons' }).uncheck();
  await page.getByRole('checkbox', { name: /^Ro 25-6981/ }).check();
  await page.getByRole('checkbox', { name: 'Give ketamine' }).uncheck();
  await page.getByRole('button', { name: 'Run the experiment' }).click();
  await expect(kept(page).getByText('Antidepressant-like effect', { exact: true })).toBeVisible();
  await expect(lost(page)).toHaveCount(0);
});

test('a model-only tool says so, and experts-disagree cards are there', async ({ page }) => {
  await openLab(page);
  await page.getByRole('checkbox', { name: /U73122/ }).check();
  await expect(page.getByRole('article', { name: /U73122/ }).getByText(/Model prediction\./)).toBeVisible();
  await page.getByRole('checkbox', { name: 'Rapamycin (oral, patients)' }).check();
  await expect(page.getByRole('article', { name: 'Rapamycin (oral, patients)' }).getByText('The model and the experiment disagree.')).toBeVisible();
  const disagree = page.getByRole('region', { name: 'Experts disagree' });
  await disagree.getByText('Rapamycin blocks ketamine in rats but not in patients').click();
  await expect(disagree.getByText(/did not block the 24-hour antidepressant effect/)).toBeVisible();
  await disagree.getByText('NMDA block at rest, without disinhibition').click();
  await expect(disagree.getByText(/eEF2 kinase/)).toBeVisible();
});

test('keyboard only: choose, predict, run', async ({ page }) => {
  await openLab(page);
  const nbqx = page.getByRole('checkbox', { name: 'NBQX' });
  await nbqx.focus();
  await page.keyboard.press('Space');
  await expect(nbqx).toBeChecked();
  const survives = page.getByRole('radiogroup', { name: 'Glutamate burst' }).getByRole('radio', { name: 'lost' });
  await survives.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('radiogroup', { name: 'Glutamate burst' }).getByRole('radio', { name: 'survives' })).toBeChecked();
  await page.getByRole('button', { name: 'Run the experiment' }).focus();
  await page.keyboard.press('Enter');
  await expect(lost(page).getByText('BDNF release', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Make a new prediction' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Run the experiment' })).toBeVisible();
});
