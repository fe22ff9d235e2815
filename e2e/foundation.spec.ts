import { test, expect, openApp, stepIndicator } from './fixtures.ts';

test('loads the ketamine figure from IndexedDB with its caption and provenance', async ({ page, watch }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The cellular mechanisms underlying the rapid antidepressant-like actions of ketamine');
  await expect(page.getByText('Deyama S, Bang E, Kato T, Li X-Y, Duman RS. Biol Psychiatry 2019;86(2):143–152.')).toBeVisible();
  await expect(page.getByRole('link', { name: /PMC6597338/ }).first()).toHaveAttribute('href', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6597338/');
  await expect(page.getByText(/Model for the cellular mechanisms underlying the rapid antidepressant-like actions of ketamine/)).toBeVisible();

  // The content really is in IndexedDB (not only in memory).
  const stored = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('pathway-explorer');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const get = (store: string, key: string) =>
      new Promise<any>((resolve) => {
        const r = db.transaction(store).objectStore(store).get(key);
        r.onsuccess = () => resolve(r.result);
      });
    const pack = await get('packs', 'ketamine-deyama2019');
    const figure = await get('figures', 'PMC6597338__nihms-1517515-f0006');
    db.close();
    return { nodes: pack?.pack.nodes.length, title: figure?.record.title };
  });
  expect(stored.nodes).toBeGreaterThanOrEqual(25);
  expect(stored.title).toMatch(/ketamine/);
  expect(watch.requests.some((u) => u.endsWith('/packs/ketamine-deyama2019.pack.json'))).toBe(true);
});

test('a reload reads IndexedDB without fetching the bundle again', async ({ page, watch }) => {
  await openApp(page);
  const before = watch.requests.length;
  await page.reload();
  await expect(page.getByRole('group', { name: /^Pathway diagram/ })).toBeVisible();
  const after = watch.requests.slice(before);
  expect(after.filter((u) => u.includes('/packs/') || u.includes('/figures/'))).toEqual([]);
  expect(after.some((u) => u.endsWith('/bundled.json'))).toBe(true);
});

test('data survives a reload: the step the learner was on', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Next step' }).click();
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(stepIndicator(page)).toHaveText('Step 3 of 14');
  await page.waitForTimeout(600); // position is saved a moment after the last change
  await page.reload();
  await expect(stepIndicator(page)).toHaveText('Step 3 of 14');
  await expect(page.getByRole('heading', { name: 'Disinhibition' })).toBeVisible();
});
