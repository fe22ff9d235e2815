import AxeBuilder from '@axe-core/playwright';
import { test, expect, openApp, type Page } from './fixtures.ts';

/** Runs axe on the page as it is and fails on serious or critical violations, listing them. */
async function audit(page: Page, where: string) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 5).map((n) => `   ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`).join('\n')}`);
  expect(report, `axe on ${where}`).toEqual([]);
}

const VIEWS: [string, (page: Page) => Promise<void>][] = [
  ['explore: diagram and player', async (page) => {
    await page.getByRole('button', { name: 'Next step' }).click();
    await page.getByRole('button', { name: 'Next step' }).click();
  }],
  ['explore: node details, legend and export menu', async (page) => {
    await page.getByRole('group', { name: /^Pathway diagram/ }).getByRole('button', { name: /^TrkB \(/ }).click();
    await page.getByRole('button', { name: 'Legend' }).click();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
  }],
  ['explore: advanced detail, text outline', async (page) => {
    await page.getByRole('button', { name: 'Advanced' }).click();
    await page.keyboard.press('End');
    await page.getByRole('button', { name: 'Text outline' }).click();
  }],
  ['lab: results and cards', async (page) => {
    await page.getByRole('button', { name: 'Lab' }).click();
    await page.getByRole('checkbox', { name: 'NBQX' }).check();
    await page.getByRole('checkbox', { name: 'Rapamycin (oral, patients)' }).check();
    for (const group of await page.getByRole('region', { name: 'Your prediction' }).getByRole('radiogroup').all()) await group.getByRole('radio', { name: 'not sure' }).check();
    // Reduced motion here: the results follow the run at once.
    await page.getByRole('button', { name: 'Run the experiment' }).click();
    await page.getByRole('heading', { name: 'Results' }).waitFor();
    await page.getByRole('region', { name: 'Experts disagree' }).getByText('NMDA block at rest, without disinhibition').click();
  }],
  ['quiz: start screen', async (page) => {
    await page.getByRole('button', { name: /^Quiz/ }).click();
  }],
  ['quiz: question and feedback with rating buttons', async (page) => {
    await page.getByRole('button', { name: /^Quiz/ }).click();
    await page.getByRole('button', { name: 'Start quiz' }).click();
    await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
    const radio = page.getByRole('radio').first();
    if (await radio.count()) await radio.check();
    const check = page.getByRole('button', { name: /^(Check|Rate it)$/ });
    if (await check.isEnabled()) await check.click();
  }],
  ['quiz: find it on the diagram', async (page) => {
    await page.getByRole('button', { name: /^Quiz/ }).click();
    await page.getByRole('button', { name: 'Start quiz' }).waitFor();
    for (const box of await page.getByRole('checkbox').all()) await box.uncheck();
    await page.getByRole('checkbox', { name: 'Find it on the diagram' }).check();
    await page.getByRole('button', { name: 'Start quiz' }).click();
    await page.getByRole('group', { name: /^Pathway diagram/ }).getByRole('button').first().click();
    await page.getByRole('button', { name: 'Check' }).click();
  }],
  ['review and summary', async (page) => {
    await page.getByRole('button', { name: /^Quiz/ }).click();
    await page.getByLabel('Questions:').selectOption('5');
    await page.getByRole('button', { name: 'Start quiz' }).click();
    await page.getByRole('button', { name: 'End quiz' }).click();
  }],
  ['progress', async (page) => {
    await page.getByRole('button', { name: 'Progress' }).click();
  }],
  ['library', async (page) => {
    await page.getByRole('button', { name: 'Library' }).click();
  }],
  ['figure record', async (page) => {
    await page.getByRole('button', { name: 'Library' }).click();
    await page.getByRole('button', { name: /^View the record of The cellular/ }).click();
  }],
  ['a WikiPathways pathway: start picker, identifiers, explore in depth', async (page) => {
    await page.getByRole('group', { name: /^Pathway diagram/ }).getByRole('button', { name: /^TrkB \(/ }).click();
    await page.getByRole('button', { name: /^Open Brain-derived neurotrophic factor/ }).click();
    await expect(page.getByRole('heading', { name: 'NTRK2', exact: true })).toBeVisible();
    await page.getByLabel('Signal starts at').selectOption({ index: 1 });
  }],
  ['a WikiPathways pathway in the lab: thought-experiment tools', async (page) => {
    await page.getByLabel('Pathway', { exact: true }).selectOption({ label: 'Target of rapamycin signaling' });
    await page.getByRole('button', { name: 'Lab' }).click();
    await page.getByRole('checkbox', { name: /^Inhibit/ }).first().check();
  }],
  ['settings dialog', async (page) => {
    await page.getByRole('button', { name: 'Settings' }).click();
  }],
  ['keyboard help dialog', async (page) => {
    await page.keyboard.press('?');
  }],
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility (${scheme} theme)`, () => {
    test.use({ colorScheme: scheme, reducedMotion: 'reduce' });
    for (const [name, go] of VIEWS) {
      test(`axe: ${name}`, async ({ page }) => {
        await openApp(page);
        await go(page);
        await page.waitForTimeout(150);
        await audit(page, `${name} (${scheme})`);
      });
    }
  });
}
