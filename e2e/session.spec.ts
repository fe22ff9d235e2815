import { test, expect, openApp, stepIndicator, diagram } from './fixtures.ts';
import { predictAll, runExperiment } from './lab-helpers.ts';

// One learner's whole session in one page: every view, a quiz, an import and
// an export. The shared fixture fails the test on any request that leaves the
// app's origin, any CSP violation and any page error; here we also count.
test('a full session makes no request outside the app and violates no CSP rule', async ({ page, watch }) => {
  await openApp(page);
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Next step' }).click();
  await diagram(page).getByRole('button', { name: /^BDNF \(/ }).click();
  await page.getByRole('link', { name: /^PMC6597338/ }).first().hover();
  await page.getByRole('button', { name: 'Lab' }).click();
  await page.getByRole('checkbox', { name: 'Verapamil' }).check();
  await predictAll(page);
  await runExperiment(page);
  await page.getByRole('button', { name: /^Quiz/ }).click();
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await page.getByRole('button', { name: 'End quiz' }).click();
  await page.getByRole('button', { name: 'Progress' }).click();
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
  await page.getByRole('button', { name: 'Library' }).click();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import a file…' }).click()]);
  await chooser.setFiles('e2e/files/test-cascade.pack.json');
  await expect(page.getByText(/Imported pack "test-cascade"/)).toBeVisible();
  await page.getByRole('button', { name: 'Open Test cascade (synthetic, for tests)' }).click();
  await expect(diagram(page).getByRole('button', { name: /^GFX/ })).toBeVisible();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await page.keyboard.press('Escape');
  expect(watch.requests.length).toBeGreaterThan(5);
  expect(watch.offsite()).toEqual([]);
  expect(await watch.cspViolations()).toEqual([]);
  console.log(`session: ${watch.requests.length} requests, all to the app's origin; 0 CSP violations`);
});

test('each step\'s narration is announced once (one live region carries it)', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Next step' }).click();
  const title = 'Ketamine blocks interneuron NMDA receptors';
  const live = await page.locator('[aria-live]').evaluateAll((els, t) => els.filter((e) => e.textContent?.includes(t)).length, title);
  expect(live).toBe(1);
  await expect(page.getByRole('region', { name: 'Narration' })).toHaveAttribute('aria-live', 'polite');
});

test('keyboard only: play the cascade, run the lab, and take a whole quiz', async ({ page }) => {
  await openApp(page);
  // Play: Space starts, the player advances, Space pauses.
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press('Space');
  await page.keyboard.press('End');
  await expect(stepIndicator(page)).toHaveText('Step 14 of 14');
  // Lab via the mode shortcut and Tab/Space/Enter only.
  await page.keyboard.press('2');
  const box = page.getByRole('checkbox', { name: 'Nifedipine' });
  await box.focus();
  await page.keyboard.press('Space');
  for (const group of await page.getByRole('region', { name: 'Your prediction' }).getByRole('radiogroup').all()) {
    await group.getByRole('radio', { name: 'not sure' }).focus();
    await page.keyboard.press('Space');
  }
  await page.getByRole('button', { name: 'Run the experiment' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Show the results now' }).focus();
  await page.keyboard.press('Enter');
  const bdnf = page.getByRole('table').getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'BDNF release', exact: true }) });
  await expect(bdnf).toContainText('lost');
  // A whole quiz of five.
  await page.keyboard.press('3');
  await page.getByLabel('Questions:').focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByLabel('Questions:')).toHaveValue('5');
  await page.getByRole('button', { name: 'Start quiz' }).focus();
  await page.keyboard.press('Enter');
  for (let i = 1; i <= 5; i++) {
    await expect(page.getByText(`Question ${i} of 5`, { exact: true })).toBeVisible();
    const card = page.locator('article').filter({ has: page.locator('.family') });
    const kind = await card.locator('.family').textContent();
    if (kind === 'Order the steps') {
      await page.getByRole('button', { name: /^Move down: / }).first().focus();
      await page.keyboard.press('Enter');
    } else if (kind === 'Ligand–receptor pairs') {
      for (const select of await card.getByRole('combobox').all()) {
        await select.focus();
        await page.keyboard.press('ArrowDown');
      }
    } else if (kind === 'Find it on the diagram') {
      await page.getByRole('group', { name: /^Pathway diagram/ }).getByRole('button').first().focus();
      await page.keyboard.press('Enter');
    } else if (kind === 'Predict a blocker') {
      await card.getByRole('checkbox').first().focus();
      await page.keyboard.press('Space');
    } else {
      await card.getByRole('radio').first().focus();
      await page.keyboard.press('Space');
    }
    await page.getByRole('button', { name: /^(Check|Rate it)$/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /^Good/ }).focus();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: 'Quiz finished' })).toBeVisible();
  // Focus is always visible: the focused element draws an outline.
  await page.getByRole('button', { name: 'Done' }).focus();
  const outline = await page.getByRole('button', { name: 'Done' }).evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});
