import { test, expect, openApp, stepIndicator, diagram } from './fixtures.ts';

const narration = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Narration' });

test('steps through the whole cascade with Next step and back', async ({ page }) => {
  await openApp(page);
  await expect(stepIndicator(page)).toHaveText('Step 1 of 14');
  const seen = new Set<string>();
  seen.add((await narration(page).textContent())!);
  for (let k = 2; k <= 14; k++) {
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect(stepIndicator(page)).toHaveText(`Step ${k} of 14`);
    const text = (await narration(page).textContent())!;
    expect(seen.has(text), `narration of step ${k} is new`).toBe(false);
    seen.add(text);
  }
  await expect(page.getByRole('button', { name: 'Next step' })).toBeDisabled();
  await expect(narration(page)).toContainText('antidepressant');
  for (let k = 13; k >= 1; k--) {
    await page.getByRole('button', { name: 'Previous step' }).click();
    await expect(stepIndicator(page)).toHaveText(`Step ${k} of 14`);
  }
  await expect(narration(page)).toContainText('ketamine reaches the prefrontal cortex');
});

test('keyboard only: the whole cascade, the help dialog, and node navigation', async ({ page }) => {
  await openApp(page);
  for (let k = 2; k <= 14; k++) {
    await page.keyboard.press('ArrowRight');
    await expect(stepIndicator(page)).toHaveText(`Step ${k} of 14`);
  }
  await page.keyboard.press('Home');
  await expect(stepIndicator(page)).toHaveText('Step 1 of 14');
  await page.keyboard.press('End');
  await expect(stepIndicator(page)).toHaveText('Step 14 of 14');
  await page.keyboard.press('ArrowLeft');
  await expect(stepIndicator(page)).toHaveText('Step 13 of 14');

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  for (const key of ['Space', '→', '←', 'Home', 'Tab / Shift+Tab', '?']) await expect(help.getByRole('rowheader', { name: key, exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // Tab reaches the nodes in causal order: ketamine first, then the interneuron's NMDA receptor.
  const ketamine = diagram(page).getByRole('button', { name: /^Ketamine, drug/ });
  await ketamine.focus();
  await page.keyboard.press('Tab');
  await expect(diagram(page).getByRole('button', { name: /^NMDA receptor/ })).toBeFocused();
  // Arrow keys follow edges: downstream from BDNF is TrkB.
  await diagram(page).getByRole('button', { name: /^BDNF \(/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(diagram(page).getByRole('button', { name: /^TrkB \(/ })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(diagram(page).getByRole('button', { name: /^BDNF \(/ })).toBeFocused();
  // Space with focus on the page (not a control) plays.
  await page.locator('body').click({ position: { x: 5, y: 790 } });
  await page.keyboard.press('Home');
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('play advances on its own, faster at 2×, and pause stops it', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Speed').selectOption('2');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(stepIndicator(page)).toHaveText('Step 2 of 14', { timeout: 4000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  const at = await stepIndicator(page).textContent();
  await page.waitForTimeout(2600);
  await expect(stepIndicator(page)).toHaveText(at!);
});

test('a signal cue travels along the step\'s edges, and a node lights only when it arrives', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Next step' }).click();
  const cue = page.locator('.cue-layer g.cue').first();
  await expect(cue).toBeAttached();
  const at = async () => (await cue.getAttribute('transform')) ?? '';
  const a = await at();
  await expect.poll(at).not.toBe(a);
  // The cue's colour is not its edge's: it stands out from what it travels along.
  const colours = await page.evaluate(() => {
    const core = document.querySelector('.cue-layer g.cue .cue-core')!;
    const edge = document.querySelector('svg[role="group"] path.edge.current')!;
    return { cue: getComputedStyle(core).fill, edge: getComputedStyle(edge).stroke };
  });
  expect(colours.cue, JSON.stringify(colours)).not.toBe(colours.edge);
});

test('in the disinhibition, each "off" happens when the signal reaches it', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Speed').selectOption('0.5');
  await page.getByRole('button', { name: 'Next step' }).click();
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(stepIndicator(page)).toHaveText('Step 3 of 14');
  // At half speed each edge takes over two seconds: GABA is still released when the step begins…
  await expect(diagram(page).getByRole('button', { name: /^GABA \(.*, active, this step/ })).toBeVisible();
  // …and stops when the news that the interneuron fell silent arrives; then the brake on the pyramidal neuron lifts.
  await expect(diagram(page).getByRole('button', { name: /^GABA \(.*, inactive, this step/ })).toBeVisible({ timeout: 6000 });
  await expect(diagram(page).getByRole('button', { name: /^Pyramidal firing.*, active, this step/ })).toBeVisible({ timeout: 12000 });
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('no travelling cues; steps are still shown by highlight and text', async ({ page }) => {
    await openApp(page);
    for (let k = 2; k <= 5; k++) {
      await page.getByRole('button', { name: 'Next step' }).click();
      await expect(stepIndicator(page)).toHaveText(`Step ${k} of 14`);
      await expect(page.locator('.cue-layer .cue')).toHaveCount(0);
    }
    await expect(diagram(page).getByRole('button', { name: /^AMPA receptor.*active, this step/ })).toBeVisible();
    await expect(narration(page)).toContainText('AMPA');
  });
});

test('node details: genes, evidence and steps', async ({ page }) => {
  await openApp(page);
  await diagram(page).getByRole('button', { name: /^TrkB \(/ }).click();
  const details = page.getByRole('complementary', { name: 'Step and details' });
  await expect(details.getByRole('heading', { name: 'TrkB', exact: true })).toBeVisible();
  await expect(details.getByText('NTRK2', { exact: true })).toBeVisible();
  await expect(details.getByRole('link', { name: /4915/ })).toHaveAttribute('href', 'https://www.ncbi.nlm.nih.gov/gene/4915');
  await expect(details.getByText('Verified').first()).toBeVisible();
  await diagram(page).getByRole('button', { name: /^Flk-1 \(/ }).click();
  await expect(details.getByText('KDR', { exact: true })).toBeVisible();
  await details.getByRole('button', { name: /Step 9: TrkB and Flk-1 are activated/ }).click();
  await expect(stepIndicator(page)).toHaveText('Step 9 of 14');
  await details.getByRole('button', { name: 'Close details' }).click();
  await expect(details.getByText('KDR', { exact: true })).toBeHidden();
});

test('advanced detail adds the PLCγ branch and the feedback loop, marked as the authors\' model', async ({ page }) => {
  await openApp(page);
  await expect(diagram(page).getByRole('button', { name: /^PLCγ/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Advanced' }).click();
  await expect(stepIndicator(page)).toHaveText('Step 1 of 18');
  await expect(diagram(page).getByRole('button', { name: /^PLCγ.*authors' model/ })).toBeVisible();
  await page.keyboard.press('End');
  await expect(page.locator('svg text.edge-tag', { hasText: 'model' }).first()).toBeVisible();
});

test('the disinhibition double negative is drawn: ketamine ⊣ NMDA receptor, GABA-A ⊣ pyramidal firing', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('path[data-edge="e01"]')).toHaveAttribute('marker-end', /negative/);
  await expect(page.locator('path[data-edge="e05"]')).toHaveAttribute('marker-end', /negative/);
  await expect(diagram(page).getByRole('button', { name: /^NMDA receptor.*inactive/ })).toBeVisible();
  await expect(diagram(page).getByRole('button', { name: /^GABA-A receptor.*inactive/ })).toBeVisible();
  await expect(diagram(page).getByRole('button', { name: /^Pyramidal firing.*active/ })).toBeVisible();
});

test('a first visit says what to do in one line, and the hint stays dismissed', async ({ page }) => {
  await openApp(page);
  const hint = page.getByRole('note').filter({ hasText: 'New here?' });
  await expect(hint).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play the cascade' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('button', { name: 'Dismiss the hint' }).click();
  await expect(hint).toBeHidden();
  // Reload only once the choice is stored.
  await expect.poll(() => page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open('pathway-explorer');
    open.onsuccess = () => {
      const get = open.result.transaction('settings').objectStore('settings').get('hintDismissed');
      get.onsuccess = () => resolve(get.result?.value ?? null);
    };
  }))).toBe(true);
  await page.reload();
  await openApp(page);
  await expect(stepIndicator(page)).toHaveText('Step 1 of 14');
  await expect(page.getByRole('note').filter({ hasText: 'New here?' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
});
