import { test, expect, diagram, stepIndicator } from './fixtures.ts';
import { outcomeRow, predictAll, runExperiment } from './lab-helpers.ts';
import { importVia, openLibrary } from './library-helpers.ts';

// A real WikiPathways file (CC0): Osteopontin signaling, WP1434, Homo sapiens.
const GPML = 'renderer/src/core/gpml/fixtures/WP1434.gpml';
/** The stored place in a pathway (IndexedDB, as the app keeps it). */
const storedPosition = (page: import('@playwright/test').Page, packId: string) =>
  page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((res) => {
      const r = indexedDB.open('pathway-explorer');
      r.onsuccess = () => res(r.result);
    });
    const row = await new Promise((res) => {
      const r = db.transaction('positions').objectStore('positions').get(id);
      r.onsuccess = () => res(r.result);
    });
    db.close();
    return row;
  }, packId);
const narration = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Narration' });

test('a WikiPathways file becomes a lesson: imported with its report, played from a chosen start, tested in the lab, quizzed', async ({ page }) => {
  await openLibrary(page, '/?seed=1');
  await importVia(page, GPML);
  await expect(page.getByRole('status').filter({ hasText: /Imported pathway "Osteopontin signaling" \(WikiPathways WP1434, revision \d+\): 23 nodes/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Conversion report' })).toContainText('Kept 23 nodes');
  const item = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Open Osteopontin signaling' }) });
  await expect(item).toContainText('WikiPathways WP1434');
  await expect(item).toContainText('CC0 1.0 Universal');
  await item.getByRole('button', { name: 'Open Osteopontin signaling' }).click();

  // Explore: the record and its licence in the header; steps from the graph, narrated from its links.
  await expect(page.getByRole('heading', { name: 'Osteopontin signaling', level: 1 })).toBeVisible();
  const record = page.getByText('WikiPathways WP1434 (revision');
  await expect(record).toContainText(/Homo sapiens\s+·\s+CC0 1.0 Universal/);
  await expect(record).toContainText('by Uomoamare, MaintBot, Thomas, Khanspers and others');
  await expect(page.getByRole('link', { name: 'on WikiPathways' })).toHaveAttribute('href', 'https://www.wikipathways.org/pathways/WP1434.html');
  await expect(diagram(page).getByRole('button', { name: /^SPP1/ }).first()).toBeVisible();
  await expect(stepIndicator(page)).toHaveText(/^Step 1 of \d+$/);
  await expect(narration(page)).toContainText('The signal starts at SPP1.');
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(narration(page)).toContainText('SPP1');
  await expect(narration(page)).toContainText('ITGAV:ITGB3');

  // Start the signal further down: the lesson starts over there, and the choice survives a reload.
  const start = page.getByLabel('Signal starts at');
  await start.selectOption({ label: 'MEK1 — reaches 11' });
  await expect(stepIndicator(page)).toHaveText(/^Step 1 of \d+$/);
  await expect(narration(page)).toContainText('The signal starts at MEK1.');
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(narration(page)).toContainText(/MEK1 (activates|phosphorylates|acts on)/);
  // The place is saved a moment after it changes: wait for it, then reload.
  await expect.poll(() => storedPosition(page, 'wikipathways-WP1434')).toMatchObject({ stepId: 's2', start: await start.inputValue() });
  await page.reload();
  await expect(page.getByLabel('Signal starts at')).toHaveValue(await start.inputValue());
  await expect(stepIndicator(page)).toHaveText(/^Step 2 of \d+$/);

  // Lab: any part can be switched off; the result is a model prediction, said so.
  await page.getByRole('button', { name: 'Lab' }).click();
  await expect(page.getByRole('checkbox', { name: 'Signal from MEK1' })).toBeChecked();
  await expect(page.getByText('No experiment is attached to this pathway')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Find a tool' }).fill('ERK2');
  await page.getByRole('checkbox', { name: 'Inhibit ERK2' }).check();
  await predictAll(page, { 'ERK2 active': 'lost' });
  await runExperiment(page);
  await expect(outcomeRow(page, 'ERK2 active')).toContainText('lost');
  await expect(outcomeRow(page, 'ERK2 active')).toContainText('model');
  await expect(outcomeRow(page, 'ERK2 active')).toContainText(/right/i);

  // Quiz: questions from the graph alone, answered and rated like any other card.
  await page.getByRole('button', { name: /^Quiz/ }).click();
  await expect(page.getByRole('heading', { name: 'Quiz: Osteopontin signaling' })).toBeVisible();
  await page.getByRole('button', { name: 'Start quiz' }).click();
  const card = page.getByRole('article');
  await expect(card).toBeVisible();
  const firstChoice = card.getByRole('radio').first();
  await expect(firstChoice).toBeVisible();
  await firstChoice.check();
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(card.getByRole('status')).toContainText(/Correct|Incorrect/);
});

test('the bundled pathways open offline, and the ketamine lesson links TrkB and mTORC1 to them in depth, with the way back', async ({ page, watch }) => {
  await page.goto('/?seed=1');
  await page.getByRole('button', { name: 'Advanced', exact: true }).click();
  await diagram(page).getByRole('button', { name: /^TrkB\b/ }).first().click();
  const details = page.getByRole('region', { name: 'TrkB', exact: true });
  await details.getByRole('button', { name: 'Open Brain-derived neurotrophic factor (BDNF) signaling at NTRK2' }).click();
  await expect(page.getByRole('heading', { name: 'Brain-derived neurotrophic factor (BDNF) signaling', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'NTRK2', exact: true })).toBeVisible();
  await page.getByRole('button', { name: /^← Back to Ketamine/ }).click();
  await expect(page.getByRole('region', { name: 'TrkB', exact: true })).toBeVisible();

  await diagram(page).getByRole('button', { name: /^mTORC1\b/ }).first().click();
  await page.getByRole('region', { name: 'mTORC1', exact: true }).getByRole('button', { name: 'Open Target of rapamycin signaling at RPTOR:MLST8:MTOR' }).click();
  await expect(page.getByRole('heading', { name: 'Target of rapamycin signaling', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'RPTOR:MLST8:MTOR', exact: true })).toBeVisible();
  await expect(diagram(page).getByRole('button', { name: /^RPTOR:MLST8:MTOR/ }).first()).toBeVisible();
  expect(watch.offsite()).toEqual([]);
});

test('in the lab, a tool chosen for a part far off screen brings that part into view', async ({ page }) => {
  await page.goto('/?seed=1');
  await page.getByRole('combobox', { name: 'Pathway' }).selectOption({ label: 'Brain-derived neurotrophic factor (BDNF) signaling' });
  await page.getByRole('button', { name: 'Lab' }).click();
  const ngf = diagram(page).getByRole('button', { name: /^NGF, protein/ });
  // The canvas: below the lab's strip and its tools, above the player, left of the side panel.
  const top = await page.getByRole('toolbar', { name: 'Diagram tools' }).boundingBox();
  const bottom = await page.getByRole('button', { name: 'Next step' }).boundingBox();
  const right = await page.getByRole('complementary', { name: 'Lab' }).boundingBox();
  const inView = async () => {
    const b = await ngf.boundingBox();
    if (!b) return false;
    const [x, y] = [b.x + b.width / 2, b.y + b.height / 2];
    return x > 0 && x < right!.x && y > top!.y + top!.height && y < bottom!.y;
  };
  await expect(diagram(page).getByRole('button', { name: /^NTRK2, protein/ }).first()).toBeVisible();
  expect(await inView(), 'NGF starts off screen at this size').toBe(false);
  await page.getByRole('searchbox', { name: 'Find a tool' }).fill('NGF');
  await page.getByRole('checkbox', { name: 'Inhibit NGF', exact: true }).check();
  await expect.poll(inView).toBe(true);
});
