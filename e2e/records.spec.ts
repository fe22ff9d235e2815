import { readFileSync } from 'node:fs';
import { test, expect, openApp, type Page } from './fixtures.ts';

const OLDER = 'renderer/src/core/pfocr/test-records/older-generation.md';
const NEWER = 'renderer/src/core/pfocr/test-records/newer-generation.md';

async function importRecord(page: Page, name: string, text: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import a file…' }).click()]);
  await chooser.setFiles({ name, mimeType: 'text/markdown', buffer: Buffer.from(text) });
}
async function library(page: Page) {
  await openApp(page);
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(page.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible();
}

test('records of both PFOCR schema generations import, and the newer keyword line is split into keywords', async ({ page }) => {
  await library(page);
  await importRecord(page, 'older.md', readFileSync(OLDER, 'utf8'));
  await expect(page.getByRole('status').filter({ hasText: 'Imported figure record "PMC0000002__synthetic-f0003"' })).toBeVisible();
  await importRecord(page, 'newer.md', readFileSync(NEWER, 'utf8'));
  await expect(page.getByRole('status').filter({ hasText: 'Imported figure record "PMC0000003__synthetic_Fig2_HTML"' })).toBeVisible();
  await page.getByRole('button', { name: 'View the record of A synthetic figure in the newer record shape' }).click();
  const keywords = page.getByRole('region', { name: 'Genes, chemicals and disease' }).getByRole('listitem');
  await expect(keywords).toHaveText(['Ketamine', 'NMDA receptor', 'mTORC1', 'Depression', 'GRIN1', 'MTOR', 'ketamine']);
});

test('a very large field is shown on demand', async ({ page }) => {
  const notes = Array.from({ length: 400 }, (_, i) => `GENE${i}`).join(', ');
  const text = readFileSync(NEWER, 'utf8').replace(/^---\n/, `---\nnotes: ${notes}\n`);
  await library(page);
  await importRecord(page, 'big.md', text);
  await page.getByRole('button', { name: 'View the record of A synthetic figure in the newer record shape' }).click();
  await page.getByText('Every field of the record').click();
  const more = page.getByRole('button', { name: `Show all of notes (${notes.length.toLocaleString('en')} characters)` });
  await expect(more).toBeVisible();
  await expect(page.getByText('GENE399', { exact: false })).toHaveCount(0);
  await more.click();
  await expect(more).toHaveCount(0);
  await expect(page.getByText(notes)).toBeVisible();
});

test('a record cut off part way is refused, with the line, and nothing is stored', async ({ page }) => {
  await library(page);
  const cut = readFileSync(NEWER, 'utf8').split('\n').slice(0, 20).join('\n');
  await importRecord(page, 'cut.md', cut);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('cut.md was not imported, and nothing stored was changed');
  await expect(alert).toContainText('line 1: the front matter that starts here is never closed (no second "---" line before the end of the file at line 20): the file may have been cut off');
  await expect(page.getByRole('heading', { name: /^Figure records \(1\)$/ })).toBeVisible();
});
