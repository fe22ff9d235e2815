import { test, expect, diagram, type Page } from './fixtures.ts';
import { outcomeRow, prediction, predictAll } from './lab-helpers.ts';

async function openLab(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Lab' }).click();
  await expect(diagram(page)).toBeVisible();
}
/** Reduced motion (as in most of these tests): Run goes straight to the results. */
async function run(page: Page) {
  await page.getByRole('button', { name: 'Run the experiment' }).click();
  await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
}
const predict = predictAll;
const outcome = outcomeRow;

test.use({ reducedMotion: 'reduce' });

test('before the run the lab shows only what was applied, and Run waits for every prediction', async ({ page }) => {
  await openLab(page);
  await page.getByRole('checkbox', { name: 'NBQX' }).check();
  // The tool is marked on what it acts on…
  await expect(diagram(page).getByRole('button', { name: /^AMPA receptor.*NBQX applied here/ })).toBeVisible();
  // …and nothing of the outcome is shown: no state words, no stop, no finding.
  await expect(diagram(page).getByRole('button', { name: /, (blocked|lost|inactive|active)(,|$)/ })).toHaveCount(0);
  await expect(page.getByText(/Signal stops at step/)).toHaveCount(0);
  await expect(page.getByRole('article', { name: 'NBQX' }).getByText(/Finding:/)).toHaveCount(0);
  // No prediction is filled in for the learner.
  await expect(prediction(page).getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Run the experiment' })).toBeDisabled();
  await predict(page, { 'BDNF release': 'kept' });
  await expect(page.getByRole('button', { name: 'Run the experiment' })).toBeEnabled();
});

test.describe('with motion', () => {
test.use({ reducedMotion: 'no-preference' });
test('after the run the cascade replays, the signal stops at the blocked receptor, then results are graded', async ({ page }) => {
  await openLab(page);
  await page.getByRole('checkbox', { name: 'NBQX' }).check();
  await predict(page, { 'Glutamate burst': 'kept', 'BDNF release': 'kept' });
  await page.getByRole('button', { name: 'Run the experiment' }).click();
  // The replay shows the wall at the receptor before revealing anything in the table.
  await expect(page.getByRole('button', { name: 'Show the results now' })).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(diagram(page).getByRole('button', { name: /^AMPA receptor.*blocked/ })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible({ timeout: 30_000 });
  await expect(outcome(page, 'Glutamate burst')).toContainText('kept');
  await expect(outcome(page, 'Glutamate burst')).toContainText('✓ kept');
  await expect(outcome(page, 'BDNF release')).toContainText('lost');
  await expect(outcome(page, 'BDNF release')).toContainText('published');
  await expect(outcome(page, 'BDNF release')).toContainText('✗ kept');
  await expect(page.getByText('BDNF release is lost: the signal stops at step 5, “AMPA receptors respond” (NBQX).')).toBeVisible();
  await expect(page.getByRole('article', { name: 'NBQX' }).getByText(/Finding:/)).toBeVisible();
});

test('keyboard only: choose, predict, run', async ({ page }) => {
  await openLab(page);
  const nbqx = page.getByRole('checkbox', { name: 'NBQX' });
  await nbqx.focus();
  await page.keyboard.press('Space');
  await expect(nbqx).toBeChecked();
  // Each outcome's choices are one radio group: arrows move within it.
  for (const group of await prediction(page).getByRole('radiogroup').all()) {
    await group.getByRole('radio', { name: 'kept', exact: true }).focus();
    await page.keyboard.press('Space');
  }
  const bdnf = prediction(page).getByRole('radiogroup', { name: 'BDNF release' });
  await bdnf.getByRole('radio', { name: 'kept', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(bdnf.getByRole('radio', { name: 'lost', exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Run the experiment' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Show the results now' }).focus();
  await page.keyboard.press('Enter');
  await expect(outcome(page, 'BDNF release')).toContainText('✓ lost');
  await page.getByRole('button', { name: 'Make a new prediction' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Run the experiment' })).toBeVisible();
});
});

test('rapamycin: BDNF is still released, synaptogenesis is lost', async ({ page }) => {
  await openLab(page);
  await page.getByRole('checkbox', { name: 'Rapamycin (rat, into the brain)' }).check();
  await predict(page);
  await run(page);
  await expect(outcome(page, 'Synaptogenesis')).toContainText('lost');
  await expect(outcome(page, 'GluA1 synthesis')).toContainText('lost');
  await expect(outcome(page, 'BDNF release')).toContainText('kept');
  await expect(outcome(page, 'TrkB activation')).toContainText('kept');
  // Advanced numbering: the PLCγ branch and the feedback loop play right after the receptors (steps 10–12).
  await expect(page.getByText('Signal stops at step 14: mTORC1 switches on', { exact: true })).toBeVisible();
  const card = page.getByRole('article', { name: 'Rapamycin (rat, into the brain)' });
  await expect(card.getByText(/Completely blocked ketamine-induced synaptogenesis/)).toBeVisible();
  await expect(card.getByText('The model reproduces what this experiment observed.')).toBeVisible();
});

test('oral rapamycin in patients: "lost" is not marked right, because the trial found the effect kept', async ({ page }) => {
  await openLab(page);
  await page.getByRole('checkbox', { name: 'Rapamycin (oral, patients)' }).check();
  await predict(page, { 'Antidepressant-like effect': 'lost' });
  await run(page);
  const effect = outcome(page, 'Antidepressant-like effect');
  await expect(effect).toContainText('kept');
  await expect(effect).toContainText('model: lost');
  await expect(effect).toContainText('✗ lost');
  await expect(page.getByRole('article', { name: 'Rapamycin (oral, patients)' }).getByText('The model and the experiment disagree.')).toBeVisible();
});

test('anti-VEGF: both factors collapse (heterologous release), and the lab says why BDNF cannot make up for VEGF', async ({ page }) => {
  await openLab(page);
  await page.getByRole('checkbox', { name: 'Anti-VEGF antibody' }).check();
  await predict(page, { 'BDNF release': 'kept' });
  await run(page);
  await expect(outcome(page, 'Ca²⁺ entry')).toContainText('kept');
  await expect(outcome(page, 'Synaptogenesis')).toContainText('lost');
  await expect(outcome(page, 'BDNF release')).toContainText('✗ kept');
  await expect(page.getByText(/BDNF release is lost: .*\(Anti-VEGF antibody\)\. In the authors’ model BDNF release is sustained only while .* BDNF cannot make up for the loss\./)).toBeVisible();
  await expect(page.getByRole('article', { name: 'Anti-VEGF antibody' }).getByText('The model reproduces what this experiment observed.')).toBeVisible();
});

test('GluN2B knockdown in interneurons blocks ketamine, as published; Ro 25-6981 alone still mimics it', async ({ page }) => {
  await openLab(page);
  await page.getByRole('checkbox', { name: 'GluN2B knockdown in interneurons' }).check();
  await predict(page);
  await run(page);
  await expect(outcome(page, 'Disinhibition')).toContainText('lost');
  await expect(outcome(page, 'Antidepressant-like effect')).toContainText('lost');
  await expect(page.getByRole('article', { name: 'GluN2B knockdown in interneurons' }).getByText('The model reproduces what this experiment observed.')).toBeVisible();
  await expect(page.getByText('The model and the experiment disagree.')).toHaveCount(0);
  // A GluN2B antagonist given instead of ketamine produces the whole cascade.
  await page.getByRole('button', { name: 'Make a new prediction' }).click();
  await page.getByRole('checkbox', { name: 'GluN2B knockdown in interneurons' }).uncheck();
  await page.getByRole('checkbox', { name: /^Ro 25-6981/ }).check();
  await page.getByRole('checkbox', { name: 'Give ketamine' }).uncheck();
  await predict(page, { 'Antidepressant-like effect': 'kept' });
  await run(page);
  await expect(outcome(page, 'Antidepressant-like effect')).toContainText('✓ kept');
  await expect(page.getByRole('table').getByRole('cell', { name: /^lost/ })).toHaveCount(0);
});

test('the tool list is searchable and the prediction stays in reach', async ({ page }) => {
  await openLab(page);
  // With the whole list of tools shown, Run is on screen at 1280×800 without any scrolling.
  await page.getByRole('checkbox', { name: 'NBQX' }).check();
  await expect(page.getByRole('button', { name: 'Run the experiment' })).toBeInViewport({ ratio: 1 });
  await expect(prediction(page).getByRole('radiogroup').first()).toBeInViewport();
  await page.getByRole('searchbox', { name: 'Find a tool' }).fill('rapa');
  await expect(page.getByRole('group', { name: 'Tools to apply' }).getByRole('checkbox')).toHaveCount(2);
  await page.getByRole('checkbox', { name: 'Rapamycin (rat, into the brain)' }).check();
  await expect(page.getByRole('list', { name: 'Chosen tools' }).getByText('Rapamycin (rat, into the brain)')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Chosen tools' }).getByText('NBQX')).toBeVisible();
});

test('a model-only tool says so, and experts-disagree cards are there', async ({ page }) => {
  await openLab(page);
  await page.getByRole('checkbox', { name: /U73122/ }).check();
  await expect(page.getByRole('article', { name: /U73122/ }).getByText(/Model prediction\./)).toBeVisible();
  const disagree = page.getByRole('region', { name: 'Experts disagree' });
  await disagree.getByText('Rapamycin blocks ketamine in rats but not in patients').click();
  await expect(disagree.getByText(/did not block the 24-hour antidepressant effect/)).toBeVisible();
  await disagree.getByText('NMDA block at rest, without disinhibition').click();
  await expect(disagree.getByText(/eEF2 kinase/)).toBeVisible();
});
