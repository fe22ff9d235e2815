import { readFileSync } from 'node:fs';
import { test, expect, openApp, stepIndicator, type Page } from './fixtures.ts';
import { startQuiz } from './quiz-helpers.ts';

const pack = JSON.parse(readFileSync('assets/bundle/packs/ketamine-deyama2019.pack.json', 'utf8'));
interface PackNode { id: string; label: string; detail?: string; genes?: { symbol: string; entrez?: number }[] }
interface PackStep { id: string; title: string; detail?: string; nodes: string[] }
const prompt = (page: Page) => page.locator('#q-prompt');
const feedback = (page: Page) => page.getByRole('article').getByRole('status');
const quizDiagram = (page: Page) => page.getByRole('group', { name: 'Pathway diagram: find the node' });

/** The node a "Find X (…) on the diagram." prompt asks for. */
const locateTarget = async (page: Page): Promise<PackNode> => {
  const text = (await prompt(page).textContent())!;
  // The longest label the prompt starts with ("Find Glutamate burst in …" is not Glutamate).
  const found = (pack.nodes as PackNode[]).filter((n) => text.startsWith(`Find ${n.label} `)).sort((a, b) => b.label.length - a.label.length)[0];
  if (!found) throw new Error(`no node named in "${text}"`);
  return found;
};
const nodeButton = (page: Page, label: string) => quizDiagram(page).getByRole('button', { name: new RegExp(`^${label.replace(/[()]/g, '\\$&')}[ ,(]`) }).first();

test('"Find it on the diagram" hides the labels until the answer, then shows them', async ({ page }) => {
  await startQuiz(page, 'Find it on the diagram', 5);
  const target = await locateTarget(page);
  await expect(quizDiagram(page)).toBeVisible();
  // No node label is readable while asking; compartment names are.
  await expect(quizDiagram(page).getByText(target.label, { exact: true })).toBeHidden();
  await expect(quizDiagram(page).getByText('Glutamate burst', { exact: true })).toBeHidden();
  await expect(quizDiagram(page).getByText('Postsynaptic dendrite and spine', { exact: true })).toBeVisible();
  await nodeButton(page, target.label).click();
  // Picking does not name the pick either.
  await expect(page.getByText(/^Your pick/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(feedback(page)).toContainText('Correct');
  await expect(quizDiagram(page).getByText(target.label, { exact: true })).toBeVisible();
  await expect(quizDiagram(page).getByText('Glutamate burst', { exact: true })).toBeVisible();
  await expect(page.getByText(`Your pick: ${target.label}.`)).toBeVisible();
});

for (const [width, height] of [[1024, 640], [1280, 800], [1920, 1080]] as const) {
  test(`after feedback the rating buttons are in view without scrolling at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    // The tallest question: the diagram.
    await startQuiz(page, 'Find it on the diagram', 5);
    const target = await locateTarget(page);
    await nodeButton(page, target.label).click();
    await page.getByRole('button', { name: 'Check' }).click();
    for (const name of [/^Again,/, /^Hard,/, /^Good,/, /^Easy,/]) await expect(page.getByRole('button', { name })).toBeInViewport({ ratio: 1 });
    await expect(feedback(page)).toBeInViewport({ ratio: 1 });
    // The answer, named under the diagram, is in view too.
    await expect(page.getByText(`Your pick: ${target.label}.`)).toBeInViewport();
    if (width !== 1024) return;
    // A long list: ordering steps.
    await page.getByRole('button', { name: /^Good,/ }).click();
    await page.getByRole('button', { name: 'End quiz' }).click();
    await startQuiz(page, 'Order the steps', 5, false);
    await page.getByRole('button', { name: 'Check' }).click();
    for (const name of [/^Again,/, /^Easy,/]) await expect(page.getByRole('button', { name })).toBeInViewport({ ratio: 1 });
  });
}

test('partial credit explains itself: "2 of 4 in place"', async ({ page }) => {
  await startQuiz(page, 'Order the steps', 5);
  const list = page.getByRole('list', { name: 'Steps, in your order' });
  const items = async () => (await list.getByRole('listitem').allTextContents()).map((t) => pack.steps.find((s: PackStep) => t.includes(s.title))! as PackStep);
  const order = (s: PackStep) => pack.steps.indexOf(s);
  // Put the steps in the right order, except the first two swapped.
  const want = [...(await items())].sort((a, b) => order(a) - order(b));
  [want[0], want[1]] = [want[1]!, want[0]!];
  for (let i = 0; i < want.length; i++) {
    const at = (await items()).findIndex((s) => s.id === want[i]!.id);
    for (let k = at; k > i; k--) await page.getByRole('button', { name: `Move up: ${want[i]!.title}` }).click();
  }
  expect((await items()).map((s) => s.id)).toEqual(want.map((s) => s.id));
  await page.getByRole('button', { name: 'Check' }).click();
  const n = want.length;
  const pairs = (n * (n - 1)) / 2;
  await expect(feedback(page)).toContainText(`Incorrect: ${n - 2} of ${n} in place, ${pairs - 1} of ${pairs} pairs in the right order`);
  await expect(list.getByText('right place')).toHaveCount(n - 2);
});

test('"Show me" then back to the quiz puts back the detail level and step the student had', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Next step' }).click();
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(stepIndicator(page)).toHaveText(/^Step 3 of /);
  await expect(page.getByRole('button', { name: 'Basic' })).toHaveAttribute('aria-pressed', 'true');
  await startQuiz(page, 'Gene symbols', 20, false);
  // Gene questions come in a random order: rate them until one tests an Advanced-only step.
  let step: PackStep | undefined;
  for (let i = 1; !step; i++) {
    await expect(page.getByText(new RegExp(`^Question ${i} of \\d+$`))).toBeVisible();
    const label = /encodes (?:part of )?(.+)\?$/.exec((await prompt(page).textContent())!)![1];
    const node = pack.nodes.find((n: PackNode) => n.label === label) as PackNode;
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Check' }).click();
    if (node.detail === 'advanced') step = pack.steps.find((s: PackStep) => s.nodes.includes(node.id));
    else await page.getByRole('button', { name: /^Good,/ }).click();
  }
  expect(step!.detail).toBe('advanced');
  await page.getByRole('button', { name: 'Show me' }).click();
  await expect(page.getByRole('heading', { level: 2, name: step!.title })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Advanced' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: '← Back to the quiz' }).click();
  await expect(page.getByRole('button', { name: /^Again,/ })).toBeVisible();
  await page.getByRole('button', { name: 'Explore' }).click();
  await expect(page.getByRole('button', { name: 'Basic' })).toHaveAttribute('aria-pressed', 'true');
  await expect(stepIndicator(page)).toHaveText(/^Step 3 of /);
});

test('the navigation tabs do not move when the due count appears', async ({ page }) => {
  await openApp(page);
  const tabs = page.getByRole('navigation', { name: 'Modes' }).getByRole('button');
  const boxes = async () => Promise.all((await tabs.all()).map(async (t) => (await t.boundingBox())!));
  await expect(tabs).toHaveCount(5);
  const before = await boxes();
  // A card that is due now, as a past session would leave it.
  await page.evaluate(() => new Promise<void>((res, rej) => {
    const r = indexedDB.open('pathway-explorer');
    r.onsuccess = () => {
      const tx = r.result.transaction('cards', 'readwrite');
      tx.objectStore('cards').put({ id: 'ketamine-deyama2019|e2e:due', packId: 'ketamine-deyama2019', kc: 'e2e:due', due: 1, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state: 2, lastReview: 0 });
      tx.oncomplete = () => { r.result.close(); res(); };
      tx.onerror = () => rej(tx.error);
    };
  }));
  await page.reload();
  await expect(page.getByRole('button', { name: 'Quiz, 1 due' })).toBeVisible();
  const after = await boxes();
  for (let i = 0; i < before.length; i++) {
    expect(after[i]!.x).toBeCloseTo(before[i]!.x, 0);
    expect(after[i]!.width).toBeCloseTo(before[i]!.width, 0);
  }
});

test('empty charts show whole-number ticks', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Progress' }).click();
  const reviews = page.getByRole('img', { name: 'Reviews per day (last 30 days): 0 reviews in total' });
  await expect(reviews).toBeVisible();
  await expect(reviews.getByText('No reviews yet')).toBeVisible();
  const ticks = await reviews.getByText(/^\d+(\.\d+)?$/).allTextContents();
  expect(ticks).toEqual(['0', '1']);
  await expect(page.getByRole('img', { name: /Accuracy over time: no answers yet/ }).getByText('No answers yet')).toBeVisible();
});
