import { readFileSync } from 'node:fs';
import { test, expect, diagram, type Page } from './fixtures.ts';

// Memory that a student reads correctly: right after an "Again" nothing reads 100%
// (the old measure, recall *now*, was ~100% right after any answer).
const pack = JSON.parse(readFileSync('assets/bundle/packs/ketamine-deyama2019.pack.json', 'utf8'));
interface PackNode { id: string; label: string; detail?: string; genes: { symbol: string; entrez?: number }[] }
const nodeOf = (prompt: string): PackNode => {
  const label = /encodes (?:part of )?(.+)\?$/.exec(prompt)![1];
  return pack.nodes.find((n: PackNode) => n.label === label);
};
const geneOf = (prompt: string) => nodeOf(prompt).genes.find((g) => g.entrez)!.symbol;
const prompt = (page: Page) => page.locator('#q-prompt');

async function startGeneQuiz(page: Page, count: number) {
  await page.goto('/?seed=1');
  await page.getByRole('button', { name: /^Quiz/ }).click();
  await expect(page.getByRole('button', { name: 'Start quiz' })).toBeVisible();
  for (const box of await page.getByRole('checkbox').all()) await box.uncheck();
  await page.getByRole('checkbox', { name: 'Gene symbols' }).check();
  await page.getByLabel('Questions:').selectOption(String(count));
  await page.getByRole('button', { name: 'Start quiz' }).click();
}

/** Answers the current gene question (rightly or not) and rates it; returns the node it was about. */
async function answer(page: Page, right: boolean, rating: 'Again' | 'Good' | 'Easy', next: number): Promise<PackNode> {
  const text = (await prompt(page).textContent())!;
  const gene = geneOf(text);
  if (right) await page.getByRole('radio', { name: gene, exact: true }).check();
  else {
    for (const radio of await page.getByRole('radio').all()) {
      if ((await radio.getAttribute('value')) !== gene) {
        await radio.check();
        break;
      }
    }
  }
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByRole('article').getByRole('status')).toContainText(right ? 'Correct' : 'Incorrect');
  await page.getByRole('button', { name: new RegExp(`^${rating},`) }).click();
  if (next) await expect(page.getByText(`Question ${next} of`)).toBeVisible();
  return nodeOf(text);
}

test('right after a wrong answer and "Again", nothing reads 100%: the Memory overlay and Progress say "forgotten"', async ({ page }) => {
  await startGeneQuiz(page, 5);
  const missed = await answer(page, false, 'Again', 2);
  await page.getByRole('button', { name: 'End quiz' }).click();

  // Explore, Memory overlay.
  await page.getByRole('button', { name: 'Explore' }).click();
  if (missed.detail === 'advanced') await page.getByRole('button', { name: 'Advanced' }).click();
  await page.getByRole('button', { name: 'Memory' }).click();
  const banner = page.getByRole('status').filter({ hasText: 'Memory:' });
  await expect(banner).toContainText('your chance of recalling each part a week from now');
  const node = diagram(page).getByRole('button', { name: new RegExp(`^${missed.label.replace(/[()]/g, '\\$&')}[ ,(]`) }).first();
  await expect(node).toHaveAccessibleName(/memory forgotten: about \d+% chance you’d recall it in a week/);
  const names = await diagram(page).getByRole('button').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  expect(names.filter((n) => /memory/.test(n)).length).toBeGreaterThan(0);
  expect(names.filter((n) => /100%/.test(n))).toEqual([]);
  await expect(diagram(page).getByText('100%')).toHaveCount(0);
  await expect(diagram(page).getByText('forgotten').first()).toBeVisible();

  // Progress: the step the question tests reads "forgotten", and no row reads 100%.
  await page.getByRole('button', { name: 'Progress' }).click();
  const memory = page.getByRole('figure', { name: 'Memory per step' });
  await expect(memory).toContainText('Your chance of recalling it a week from now');
  const step = pack.steps.find((s: { nodes: string[] }) => s.nodes.includes(missed.id));
  await expect(memory.getByRole('listitem').filter({ hasText: step.title })).toContainText(/forgotten, about \d+% in a week/);
  for (const row of await memory.getByRole('listitem').allTextContents()) expect(row).not.toMatch(/100%/);
  await expect(page.getByRole('img', { name: /Accuracy over time: 1 days with answers, latest 0%/ })).toBeVisible();
});

test('"Review what you’re about to forget" starts with the card just missed, before one answered Easy', async ({ page }) => {
  await startGeneQuiz(page, 5);
  const easy = await answer(page, true, 'Easy', 2);
  const missed = await answer(page, false, 'Again', 3);
  expect(missed.id).not.toBe(easy.id);
  await page.getByRole('button', { name: 'End quiz' }).click();
  await page.getByRole('button', { name: 'Review what you’re about to forget' }).click();
  await expect(page.getByText('Question 1 of 2', { exact: true })).toBeVisible();
  expect(nodeOf((await prompt(page).textContent())!).id).toBe(missed.id);
});

test('the Memory banner sits above the canvas, so it never covers the drawing', async ({ page }) => {
  await startGeneQuiz(page, 5);
  await answer(page, true, 'Good', 2);
  await page.getByRole('button', { name: 'Explore' }).click();
  await page.getByRole('button', { name: 'Memory' }).click();
  const banner = page.getByRole('status').filter({ hasText: 'Memory:' });
  await expect(banner).toBeVisible();
  const bar = (await banner.boundingBox())!;
  const figure = (await diagram(page).boundingBox())!;
  // The banner is above the canvas, not laid over it.
  expect(bar.y + bar.height).toBeLessThanOrEqual(figure.y + 1);
});
