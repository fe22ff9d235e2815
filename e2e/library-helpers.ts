import { expect, type Page } from './fixtures.ts';

export async function openLibrary(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(page.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible();
}

/** Imports through the Library's "Import a file…" dialog. */
export async function importVia(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import a file…' }).click()]);
  await chooser.setFiles(file);
}

/** Everything stored, as one string: equal strings mean nothing changed. */
export const dump = (page: Page): Promise<string> =>
  page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((res) => {
      const r = indexedDB.open('pathway-explorer');
      r.onsuccess = () => res(r.result);
    });
    const out: Record<string, unknown> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      out[name] = await new Promise((res) => {
        const r = db.transaction(name).objectStore(name).getAll();
        r.onsuccess = () => res(r.result);
      });
    }
    db.close();
    return JSON.stringify(out);
  });
