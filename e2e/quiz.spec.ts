import { readFileSync } from 'node:fs';
import { test, expect, stepIndicator, SEEDED, type Page } from './fixtures.ts';
import { startQuiz } from './quiz-helpers.ts';

const pack = JSON.parse(readFileSync('assets/bundle/packs/ketamine-deyama2019.pack.json', 'utf8'));
/** The right gene for a "which gene encodes X" prompt, from the pack itself. */
function geneFor(prompt: string): string {
  const label = /encodes (?:part of )?(.+)\?$/.exec(prompt)![1];
  const node = pack.nodes.find((n: { label: string }) => n.label === label);
  return node.genes.find((g: { entrez?: number }) => g.entrez).symbol;
}

const prompt = (page: Page) => page.locator('#q-prompt');
/**
 * Waits until question `i` is on screen. A rating is stored before the next
 * question appears, so acting before this lands on the previous card.
 */
const question = (page: Page, i: number, of = 5) => expect(page.getByText(`Question ${i} of ${of}`, { exact: true })).toBeVisible();
const feedback = (page: Page) => page.getByRole('article').getByRole('status');
/** Picks a wrong option among those offered. */
async function chooseWrong(page: Page, right: string) {
  for (const radio of await page.getByRole('radio').all()) {
    if ((await radio.getAttribute('value')) !== right) return radio.check();
  }
}

async function storedReviews(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((res) => {
      const r = indexedDB.open('pathway-explorer');
      r.onsuccess = () => res(r.result);
    });
    const all = <T,>(store: string) => new Promise<T[]>((res) => {
      const r = db.transaction(store).objectStore(store).getAll();
      r.onsuccess = () => res(r.result as T[]);
    });
    const out = { reviews: await all<{ cardId: string; rating: number }>('reviews'), cards: await all<{ id: string; due: number }>('cards') };
    db.close();
    return out;
  });
}

test('a quiz by mouse: feedback in words, rating, summary', async ({ page }) => {
  await startQuiz(page, 'Gene symbols', 5);
  for (let i = 1; i <= 5; i++) {
    await question(page, i);
    const right = geneFor((await prompt(page).textContent())!);
    if (i === 2) await chooseWrong(page, right);
    else await page.getByRole('radio', { name: right, exact: true }).check();
    await page.getByRole('button', { name: 'Check' }).click();
    await expect(feedback(page)).toContainText(i === 2 ? 'Incorrect' : 'Correct');
    await expect(page.getByRole('button', { name: /^Good, next review in \d+ (min|h|d)/ })).toBeVisible();
    await page.getByRole('button', { name: /^Good/ }).click();
  }
  await expect(page.getByRole('heading', { name: 'Quiz finished' })).toBeVisible();
  await expect(page.getByText('Score: 4 of 5 (80%)')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What to review' })).toBeVisible();
});

test('a wrong answer, then "Show me" lands on the step the question tests', async ({ page }) => {
  await startQuiz(page, 'Gene symbols', 5);
  const text = (await prompt(page).textContent())!;
  const label = /encodes (?:part of )?(.+)\?$/.exec(text)![1];
  const node = pack.nodes.find((n: { label: string }) => n.label === label);
  const step = pack.steps.find((s: { nodes: string[] }) => s.nodes.includes(node.id));
  await chooseWrong(page, geneFor(text));
  await page.getByRole('button', { name: 'Check' }).click();
  await page.getByRole('button', { name: 'Show me' }).click();
  await expect(page.getByRole('heading', { level: 2, name: step.title })).toBeVisible();
  const basicSteps = pack.steps.filter((s: { detail?: string }) => s.detail !== 'advanced');
  const n = (step.detail === 'advanced' ? pack.steps : basicSteps).findIndex((s: { id: string }) => s.id === step.id) + 1;
  await expect(stepIndicator(page)).toHaveText(new RegExp(`^Step ${n} of`));
  await page.getByRole('button', { name: '← Back to the quiz' }).click();
  await expect(page.getByRole('button', { name: /^Again/ })).toBeVisible();
});

test('a quiz by keyboard, including reordering steps', async ({ page }) => {
  await startQuiz(page, 'Order the steps', 5);
  await expect(page.getByRole('list', { name: 'Steps, in your order' })).toBeVisible();
  // Move the last item to the top with the keyboard, then check and rate.
  const last = page.getByRole('button', { name: /^Move up: / }).last();
  await last.focus();
  const moved = (await last.getAttribute('aria-label'))!.replace('Move up: ', '');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Steps, in your order' }).getByRole('listitem').first()).toContainText(moved);
  await page.getByRole('button', { name: 'Check' }).focus();
  await page.keyboard.press('Enter');
  await expect(feedback(page)).toBeVisible();
  await page.getByRole('button', { name: /^Hard/ }).focus();
  await page.keyboard.press('Enter');
  await question(page, 2);
  // A choice question answered with arrow keys.
  await page.getByRole('button', { name: 'End quiz' }).click();
  await page.getByRole('checkbox', { name: 'Order the steps' }).uncheck();
  await page.getByRole('checkbox', { name: 'Abbreviations' }).check();
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await page.getByRole('radio').first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio').nth(1)).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Check' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(feedback(page)).toBeVisible();
});

test('a rated card is stored with its log and is not due after a reload', async ({ page }) => {
  await startQuiz(page, 'Gene symbols', 5);
  const right = geneFor((await prompt(page).textContent())!);
  await page.getByRole('radio', { name: right, exact: true }).check();
  await page.getByRole('button', { name: 'Check' }).click();
  await page.getByRole('button', { name: /^Good/ }).click();
  await question(page, 2);
  await page.reload();
  await page.getByRole('button', { name: /^Quiz/ }).click();
  await expect(page.getByRole('button', { name: 'Review (0 due)' })).toBeDisabled();
  await expect(page.getByText(/^1 of \d+ cards studied$/)).toBeVisible();
  const stored = await storedReviews(page);
  expect(stored.reviews).toHaveLength(1);
  expect(stored.reviews[0]).toMatchObject({ rating: 3 });
  expect(stored.cards).toHaveLength(1);
  expect(stored.cards[0]!.due).toBeGreaterThan(Date.now());
});

test('export progress, import it into a fresh profile: the same due queue', async ({ page, browser, baseURL, watch }) => {
  await startQuiz(page, 'Abbreviations', 5);
  for (let i = 0; i < 3; i++) {
    await question(page, i + 1);
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByRole('button', { name: i === 0 ? /^Again/ : /^Easy/ }).click();
  }
  // The third answer is stored once the fourth question shows.
  await question(page, 4);
  await page.getByRole('button', { name: 'Progress' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
  const file = await download.path();
  const original = await storedReviews(page);

  const fresh = await browser.newContext({ baseURL });
  await watch.add(fresh);
  const other = await fresh.newPage();
  await other.goto('/');
  await other.getByRole('button', { name: 'Progress' }).click();
  const [chooser] = await Promise.all([other.waitForEvent('filechooser'), other.getByRole('button', { name: 'Import progress' }).click()]);
  await chooser.setFiles(file);
  await expect(other.getByText(/Imported from .*: 3 cards, 3 answers/)).toBeVisible();
  const imported = await storedReviews(other);
  const queue = (s: typeof original) => s.cards.map((c) => `${c.id}@${c.due}`).sort();
  expect(queue(imported)).toEqual(queue(original));
  expect(imported.reviews).toHaveLength(3);
  await fresh.close();
});

test('a bad progress file is refused with its location and changes nothing', async ({ page }) => {
  await page.goto(SEEDED);
  await page.getByRole('button', { name: 'Progress' }).click();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import progress' }).click()]);
  await chooser.setFiles({ name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"pathway-explorer-progress","version":1,"exportedAt":"x","positions":[],"cards":[{"id":"a|b","packId":"a","kc":"b","due":"soon"}],"reviews":[],"settings":[]}') });
  await expect(page.getByRole('alert')).toContainText('evil.json was not imported, and nothing was changed');
  await expect(page.getByRole('alert')).toContainText('cards[0]');
  expect((await storedReviews(page)).cards).toHaveLength(0);
});

const NOW = Date.now();
const good = {
  format: 'pathway-explorer-progress', version: 1, exportedAt: new Date(NOW - 60_000).toISOString(), positions: [], settings: [],
  cards: [{ id: 'p|k', packId: 'p', kc: 'k', due: NOW + 86_400_000, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state: 2, lastReview: NOW - 1000 }],
  reviews: [{ cardId: 'p|k', packId: 'p', rating: 3, reviewedAt: NOW - 1000, durationMs: 900, stateBefore: 0, dueBefore: NOW - 1000, scheduledDays: 1 }],
};
const REFUSED: [string, object, string][] = [
  ['newer.json', { ...good, version: 2 }, 'version: this file was made by a newer version of Pathway Explorer (progress format 2; this version reads format 1)'],
  ['future.json', { ...good, reviews: [{ ...good.reviews[0], reviewedAt: 8.64e15 }] }, 'reviews[0].reviewedAt: is in the future (+275760-09-13T00:00:00.000Z'],
  ['settings.json', { ...good, settings: [{ key: 'fontSize', value: 3 }] }, 'settings[0]: "fontSize" is not a setting of Pathway Explorer'],
];
for (const [name, file, said] of REFUSED) {
  test(`a progress file that cannot be right (${name}) is refused, saying why`, async ({ page }) => {
    await page.goto(SEEDED);
    await page.getByRole('button', { name: 'Progress' }).click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import progress' }).click()]);
    await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect(page.getByRole('alert')).toContainText(`${name} was not imported, and nothing was changed`);
    await expect(page.getByRole('alert')).toContainText(said);
    expect((await storedReviews(page)).cards).toHaveLength(0);
  });
}

test('when the database refuses the import, the message says the write failed, not that the file was unreadable', async ({ page }) => {
  await page.goto(SEEDED);
  await page.getByRole('button', { name: 'Progress' }).click();
  await expect(page.getByRole('heading', { name: 'Backup' })).toBeVisible();
  // The disk fills up: every write to the database now fails.
  await page.evaluate(() => {
    const full = () => {
      throw new DOMException('the disk is full', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = full;
    IDBObjectStore.prototype.add = full;
  });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import progress' }).click()]);
  await chooser.setFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
  await expect(page.getByRole('alert')).toContainText('mine.json was read, but your progress could not be written to the database');
  await expect(page.getByRole('alert')).not.toContainText('could not be read');
});

test('progress charts are drawn', async ({ page }) => {
  await startQuiz(page, 'Abbreviations', 5);
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Check' }).click();
  await page.getByRole('button', { name: /^Good/ }).click();
  await question(page, 2);
  await page.getByRole('button', { name: 'Progress' }).click();
  await expect(page.getByRole('img', { name: /Reviews per day \(last 30 days\): 1 reviews in total/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Accuracy over time: 1 days with answers/ })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Memory per step' })).toBeVisible();
});

test('the Progress view does not jump when the question bank arrives: its rows are there first, their values follow', async ({ page }) => {
  // Hold the question-bank worker's script until the view has been measured, so the bank arrives late every time.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/questions\.worker[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(SEEDED);
  await page.getByRole('button', { name: 'Progress' }).click();
  const memory = page.getByRole('figure', { name: 'Memory per step' });
  await expect(memory.getByRole('listitem').first()).toContainText('reading your answers');
  const importButton = page.getByRole('button', { name: 'Import progress' });
  const before = await importButton.boundingBox();
  const rows = await memory.getByRole('listitem').count();
  release();
  await expect(memory.getByRole('listitem').first()).toContainText('not studied');
  await expect(memory.getByRole('list')).toHaveAttribute('aria-busy', 'false');
  expect(await memory.getByRole('listitem').count()).toBe(rows);
  expect(await importButton.boundingBox()).toEqual(before);
});

test('after another pathway is chosen in the Quiz, the last pathway’s questions are not offered while the new bank is built', async ({ page }) => {
  // Replies from workers can be held back, to keep the new bank "being built" for as long as the test needs.
  await page.addInitScript(() => {
    const w = window as unknown as { Worker: typeof Worker; holdReplies: boolean; releaseReplies: () => void };
    const held: (() => void)[] = [];
    w.holdReplies = false;
    w.releaseReplies = () => { w.holdReplies = false; for (const f of held.splice(0)) f(); };
    w.Worker = class extends w.Worker {
      override set onmessage(fn: (e: MessageEvent) => void) {
        super.onmessage = (e: MessageEvent) => (w.holdReplies ? held.push(() => fn(e)) : fn(e));
      }
    };
  });
  await page.goto(SEEDED);
  await page.getByRole('button', { name: 'Quiz' }).click();
  await expect(page.getByRole('heading', { name: /^Quiz: Ketamine/ })).toBeVisible();
  await page.evaluate(() => ((window as unknown as { holdReplies: boolean }).holdReplies = true));
  await page.getByRole('combobox', { name: 'Pathway' }).selectOption({ label: 'Brain-derived neurotrophic factor (BDNF) signaling' });
  await expect(page.getByText('Preparing the questions…')).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Quiz: Ketamine/ })).toHaveCount(0);
  await page.evaluate(() => (window as unknown as { releaseReplies: () => void }).releaseReplies());
  await expect(page.getByRole('heading', { name: 'Quiz: Brain-derived neurotrophic factor (BDNF) signaling' })).toBeVisible();
});
