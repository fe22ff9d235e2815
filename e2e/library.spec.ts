import { readFileSync } from 'node:fs';
import { test, expect, diagram, stepIndicator, type Page } from './fixtures.ts';
import { outcomeRow, predictAll, runExperiment } from './lab-helpers.ts';
import { dump, importVia, openLibrary } from './library-helpers.ts';

const PACK = 'e2e/files/test-cascade.pack.json';
const RECORD = 'e2e/files/test-figure.md';

test('imports a second figure record and a second pack; both survive a reload; the pack plays, runs in the lab and quizzes', async ({ page }) => {
  await openLibrary(page);
  await importVia(page, RECORD);
  await expect(page.getByRole('status').filter({ hasText: 'Imported figure record "PMC0000001__test-figure-1"' })).toBeVisible();
  await importVia(page, PACK);
  await expect(page.getByRole('status').filter({ hasText: 'Imported pack "test-cascade"' })).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(page.getByRole('button', { name: 'View the record of A test figure record used by the end-to-end tests' })).toBeVisible();
  await page.getByRole('button', { name: 'Open Test cascade (synthetic, for tests)' }).click();

  // Explore/Play with an automatic layout.
  await expect(diagram(page).getByRole('button', { name: /^GFX/ })).toBeVisible();
  await expect(stepIndicator(page)).toHaveText('Step 1 of 5');
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(page.getByRole('region', { name: 'Narration' })).toContainText('Drug X releases GFX');

  // Lab.
  await page.getByRole('button', { name: 'Lab' }).click();
  await page.getByRole('checkbox', { name: 'KX inhibitor' }).check();
  await predictAll(page);
  await runExperiment(page);
  await expect(outcomeRow(page, 'Test outcome')).toContainText('lost');
  await expect(outcomeRow(page, 'GFX release')).toContainText('kept');

  // Quiz.
  await page.getByRole('button', { name: /^Quiz/ }).click();
  await expect(page.getByRole('heading', { name: 'Quiz: Test cascade (synthetic, for tests)' })).toBeVisible();
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await expect(page.getByText('Question 1 of', { exact: false }).first()).toBeVisible();
});

test('a figure record on its own gets keyword flashcards and caption gaps', async ({ page }) => {
  await openLibrary(page);
  await importVia(page, RECORD);
  await page.getByRole('button', { name: 'View the record of A test figure record used by the end-to-end tests' }).click();
  await expect(page.getByText('custom_field_nobody_knows')).toBeAttached();
  await page.getByRole('button', { name: 'Quiz this figure' }).click();
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await expect(page.getByText(/^(Caption gaps|Figure keywords)$/)).toBeVisible();
});

test('re-importing the same figure id updates it instead of duplicating it', async ({ page }) => {
  await openLibrary(page);
  await importVia(page, RECORD);
  const changed = readFileSync(RECORD, 'utf8').replace('A test figure record used by the end-to-end tests', 'A renamed test figure');
  await importVia(page, { name: 'test-figure.md', mimeType: 'text/markdown', buffer: Buffer.from(changed) });
  await expect(page.getByRole('status').filter({ hasText: 'Updated figure record' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Figure records \(2\)$/ })).toBeVisible();
  await expect(page.getByText('A renamed test figure')).toBeVisible();
});

const HOSTILE: [string, string, RegExp][] = [
  ['broken.json', '{"format": "pathway-pack", "formatVersion": 1,', /not valid JSON/],
  ['proto.json', '{"__proto__": {"polluted": true}, "format": "pathway-pack"}', /__proto__.*not allowed/],
  ['bomb.md', `---\nfigid: X\ncaption: c\na: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n---\n`, /alias|YAML/i],
  ['nofigid.md', '---\ncaption: no id here\n---\n', /figid: is required/],
  ['junk.json', '\u0000\u0001\u0002\u0003', /binary/],
  ['wrong.json', JSON.stringify({ ...JSON.parse(readFileSync(PACK, 'utf8')), edges: [{ id: 'x', source: 'drug', target: 'nowhere', kind: 'positive', mechanism: 'm', evidence: { status: 'verified', refs: ['t1'] } }] }), /edges\[0\]\.target: unknown node "nowhere"/],
  ['bundled.json', readFileSync('assets/bundle/packs/ketamine-deyama2019.pack.json', 'utf8'), /ships with the app/],
  // GPML is untrusted XML: a DOCTYPE (the way to an entity bomb) is refused before parsing, with where it is.
  ['bomb.gpml', '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n<Pathway xmlns="http://pathvisio.org/GPML/2013a" Name="x">&lol2;</Pathway>', /line 2.*DOCTYPE|DOCTYPE.*line 2/],
  ['not-gpml.gpml', '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>', /not a GPML/i],
  ['truncated.gpml', readFileSync('renderer/src/core/gpml/fixtures/WP1434.gpml', 'utf8').slice(0, 3000), /line \d+/],
];

for (const [name, text, message] of HOSTILE) {
  test(`a hostile file (${name}) shows an error and changes nothing`, async ({ page }) => {
    await openLibrary(page);
    const before = await dump(page);
    await importVia(page, { name, mimeType: 'application/octet-stream', buffer: Buffer.from(text) });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`${name} was not imported, and nothing stored was changed`);
    await expect(alert).toContainText(message);
    expect(await dump(page)).toBe(before);
  });
}

test('HTML in a record is shown as text, never as markup', async ({ page }) => {
  await openLibrary(page);
  const evil = '---\nfigid: XSS1\nfigtitle: "<img src=x onerror=alert(1)><b>bold</b>"\ncaption: "<script>alert(1)</script> caption"\n---\n';
  await importVia(page, { name: 'xss.md', mimeType: 'text/markdown', buffer: Buffer.from(evil) });
  await expect(page.getByText('<img src=x onerror=alert(1)><b>bold</b>')).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('b', { hasText: 'bold' }).count()).toBe(0);
});

test('drag and drop imports a file', async ({ page }) => {
  await openLibrary(page);
  const text = readFileSync(RECORD, 'utf8');
  await page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'dropped.md', { type: 'text/markdown' }));
    const target = document.querySelector('[aria-label="Library"]')!;
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, text);
  await expect(page.getByRole('status').filter({ hasText: 'Imported figure record "PMC0000001__test-figure-1"' })).toBeVisible();
});

test('search by title, gene or keyword', async ({ page }) => {
  await openLibrary(page);
  await importVia(page, PACK);
  const search = page.getByRole('searchbox', { name: 'Search the library' });
  // NTRK2 (TrkB) is in the ketamine figure and in the bundled BDNF signalling pathway.
  await search.fill('NTRK2');
  await expect(page.getByRole('heading', { name: 'Pathways (2)' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Open .*rapid antidepressant/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open Brain-derived neurotrophic factor (BDNF) signaling' })).toBeVisible();
  await search.fill('gfx');
  await expect(page.getByRole('heading', { name: 'Pathways (1)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open Test cascade (synthetic, for tests)' })).toBeVisible();
  await search.fill('depression');
  await expect(page.getByRole('heading', { name: 'Figure records (1)' })).toBeVisible();
});

test('removing an imported pack asks first and keeps progress unless told otherwise; bundled content has no Remove', async ({ page }) => {
  await openLibrary(page);
  await importVia(page, PACK);
  await expect(page.getByRole('button', { name: /^Remove Ketamine/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Remove Test cascade (synthetic, for tests)' }).click();
  const dialog = page.getByRole('dialog', { name: /Remove Test cascade/ });
  await expect(dialog.getByRole('checkbox', { name: 'Also delete my progress for it' })).not.toBeChecked();
  await dialog.getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Removed Test cascade (synthetic, for tests). Your progress for it is kept.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open Test cascade (synthetic, for tests)' })).toHaveCount(0);
});

test('the figure record: gene classes, and a gene shown in the diagram', async ({ page }) => {
  await openLibrary(page);
  await page.getByRole('button', { name: /^View the record of The cellular mechanisms/ }).click();
  await expect(page.getByRole('heading', { name: /^Fly-name annotation noise/ })).toBeVisible();
  const noise = page.getByRole('region', { name: /Fly-name annotation noise/ });
  await expect(noise.getByRole('rowheader', { name: 'Andorra' })).toBeVisible();
  await expect(noise.getByRole('row', { name: /Andorra/ })).toContainText('"and"');
  await expect(page.getByRole('region', { name: /Missing from the list/ }).getByRole('rowheader', { name: 'NTRK2' })).toBeVisible();
  await expect(page.getByRole('region', { name: /Family over-expansion/ }).getByRole('rowheader', { name: 'VEGFB' })).toBeVisible();
  await page.getByRole('button', { name: 'Show KDR in the diagram' }).click();
  await expect(diagram(page).getByRole('button', { name: /^Flk-1 \(/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: '← Back to the library' })).toBeVisible();
});

test('exports: SVG with the legend and the current step, SBGN-ML, pack JSON', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Next step' }).click();
  const save = async (item: string) => {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: item }).click()]);
    return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
  };
  // Every entry the in-app legend lists must be in the exported image too.
  await page.getByRole('button', { name: 'Legend', exact: true }).click();
  const legend = page.getByRole('region', { name: 'Legend' });
  const entries = (await legend.getByRole('listitem').allTextContents()).map((t) => t.trim());
  expect(entries.length).toBeGreaterThan(10);
  await page.getByRole('button', { name: 'Legend', exact: true }).click();

  const svg = await save('Diagram as SVG (with legend)');
  expect(svg.name).toBe('ketamine-deyama2019-step2.svg');
  // Parse the files in a blank page: DOMParser in the app's page would be held to the app's CSP (inline styles in the file).
  const scratch = await page.context().newPage();
  const parsed = await scratch.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    const error = !!doc.querySelector('parsererror');
    // Drawn for real (off-screen) to measure where everything lies against the viewBox.
    const host = document.createElement('div');
    host.style.cssText = 'position:absolute;left:-99999px;top:0';
    host.append(document.importNode(doc.documentElement, true));
    document.body.append(host);
    const root = host.querySelector('svg')!;
    const vb = root.viewBox.baseVal;
    const outside = [...root.children]
      .filter((c): c is SVGGraphicsElement => c instanceof SVGGraphicsElement)
      .map((c) => ({ tag: c.tagName, box: c.getBBox() }))
      .filter(({ box }) => box.width > 0 && (box.x < vb.x - 1 || box.y < vb.y - 1 || box.x + box.width > vb.x + vb.width + 1 || box.y + box.height > vb.y + vb.height + 1))
      .map(({ tag, box }) => `${tag} ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)}`);
    host.remove();
    return { error, root: doc.documentElement.nodeName, texts: Array.from(doc.querySelectorAll('text')).map((x) => x.textContent), outside };
  }, svg.text);
  expect(parsed.error).toBe(false);
  expect(parsed.root).toBe('svg');
  expect(parsed.outside, 'drawn outside the viewBox').toEqual([]);
  expect(parsed.texts).toEqual(expect.arrayContaining(['Legend', ...entries, 'Step 2 of 14: Ketamine blocks interneuron NMDA receptors — Deyama S, Bang E, Kato T, Li X-Y, Duman RS. Biol Psychiatry 2019;86(2):143–152.']));
  expect(svg.text).toContain('data-node="nmdar_int"');

  const sbgn = await save('Pathway as SBGN-ML');
  expect(sbgn.name).toBe('ketamine-deyama2019.sbgn');
  const xml = await scratch.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'application/xml');
    return { error: !!doc.querySelector('parsererror'), arcs: doc.getElementsByTagName('arc').length, language: doc.getElementsByTagName('map')[0]?.getAttribute('language') };
  }, sbgn.text);
  expect(xml).toEqual({ error: false, arcs: 41, language: 'activity flow' });

  const pack = await save('Pack file (JSON)');
  expect(JSON.parse(pack.text).id).toBe('ketamine-deyama2019');

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Diagram as PNG (with legend)' }).click()]);
  expect(readFileSync((await png.path())!).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
});

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' });
  test('images export in light colours by default, or as on screen', async ({ page }) => {
    await page.goto('/');
    const paperOf = async (choice?: string) => {
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      if (choice) await page.getByRole('radio', { name: choice }).check();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Diagram as SVG (with legend)' }).click()]);
      const text = readFileSync((await download.path())!, 'utf8');
      // Parsed in a blank page, not under the app's CSP.
      const scratch = await page.context().newPage();
      const fill = await scratch.evaluate((t) => new DOMParser().parseFromString(t, 'image/svg+xml').querySelector('svg > rect')!.getAttribute('fill'), text);
      await scratch.close();
      return fill;
    };
    const screenPaper = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--paper').trim());
    expect(await paperOf()).toBe('#f7f6f2');
    expect(await paperOf('As on screen')).toBe(screenPaper);
    expect(screenPaper).not.toBe('#f7f6f2');
    // The page itself never changed theme.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  });
});
