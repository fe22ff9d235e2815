// npm run bench: performance measures in Chromium against the production
// build, side by side with Cytoscape.js. Prints a table, writes
// bench-results/bench.json (median and p95 over repeated runs; machine noted).
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { cpus, totalmem, platform, release, tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { generatePack } from './bench/generate-pack.mjs';

const root = new URL('..', import.meta.url).pathname;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const VIEWPORT = { width: 1280, height: 800 };
const quick = process.argv.includes('--quick');

// ---------- build the bench harness and serve dist/ ----------
if (spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'bench/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
const MIME = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.md': 'text/plain', '.svg': 'image/svg+xml', '.png': 'image/png' };
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const base = url.pathname.startsWith('/bench/') ? join(root, 'dist') : join(root, 'dist/renderer');
  let file = normalize(join(base, decodeURIComponent(url.pathname)));
  if (!file.startsWith(join(root, 'dist'))) return res.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(readFileSync(file));
});
await new Promise((r) => server.listen(4320, '127.0.0.1', r));
const ORIGIN = 'http://127.0.0.1:4320';

// ---------- statistics ----------
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const pct = (xs, p) => (xs.length ? sorted(xs)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] : NaN);
const median = (xs) => pct(xs, 50);
const stat = (xs) => ({ median: round(median(xs)), p95: round(pct(xs, 95)), n: xs.length });
const round = (x) => Math.round(x * 100) / 100;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
const results = {};
const context = () => browser.newContext({ viewport: VIEWPORT, acceptDownloads: false });

async function interactiveAt(page) {
  await page.waitForFunction(() => performance.getEntriesByName('pe:interactive').length > 0, null, { timeout: 30000 });
  return page.evaluate(() => performance.getEntriesByName('pe:interactive')[0].startTime);
}

/** A fresh profile that imports `file` through the Library's dialog, as a learner would; resolves once the import is announced. */
async function importInFreshProfile(file, announced, timeout = 30000) {
  const ctx = await context();
  const page = await ctx.newPage();
  await page.goto(`${ORIGIN}/`);
  await interactiveAt(page);
  await page.getByRole('button', { name: 'Library' }).click();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import a file…' }).click()]);
  await chooser.setFiles(file);
  await page.getByText(announced, { exact: false }).waitFor({ timeout });
  return { ctx, page };
}

/** In-page frame recorder: rAF intervals and long tasks (> 50 ms) between start() and stop(). */
const recorder = {
  start: (page) => page.evaluate(() => {
    const w = window;
    w.__frames = [];
    w.__long = 0;
    w.__on = true;
    w.__obs = new PerformanceObserver((l) => (w.__long += l.getEntries().filter((e) => e.duration > 50).length));
    w.__obs.observe({ type: 'longtask' });
    const loop = (t) => {
      w.__frames.push(t);
      if (w.__on) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  }),
  stop: (page) => page.evaluate(() => {
    const w = window;
    w.__on = false;
    w.__obs.disconnect();
    const f = w.__frames;
    return { intervals: f.slice(1).map((t, i) => t - f[i]), longTasks: w.__long };
  }),
};

async function dragAndZoom(page, selector) {
  const box = await page.locator(selector).boundingBox();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 0; i < 40; i++) await page.mouse.move(cx + Math.sin(i / 6) * 150, cy + Math.cos(i / 6) * 90);
  await page.mouse.up();
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, i < 6 ? -120 : 120);
  await page.waitForTimeout(300);
}

// ---------- P7 bundle size ----------
{
  const html = readFileSync(join(root, 'dist/renderer/index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\.\/(app\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const size = (f) => {
    const b = readFileSync(join(root, 'dist/renderer', f));
    return { raw: b.length, gzip: gzipSync(b, { level: 9 }).length };
  };
  const all = spawnSync('ls', [join(root, 'dist/renderer/app')], { encoding: 'utf8' }).stdout.trim().split('\n').map((f) => `app/${f}`);
  const sum = (files) => files.map(size).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
  results.P7 = { initialFiles: initial, initial: sum(initial), everything: sum(all) };
}

// ---------- P2 first run (seeding) and P1 later launches ----------
{
  const first = [];
  for (let i = 0; i < (quick ? 3 : 10); i++) {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(`${ORIGIN}/`);
    first.push(await interactiveAt(page));
    await ctx.close();
  }
  results.P2 = stat(first);
  const ctx = await context();
  const page = await ctx.newPage();
  await page.goto(`${ORIGIN}/`);
  await interactiveAt(page);
  const later = [];
  for (let i = 0; i < (quick ? 4 : 12); i++) {
    await page.reload();
    later.push(await interactiveAt(page));
  }
  results.P1 = stat(later);
  await ctx.close();
}

// ---------- P3 full cascade playback at 1× ----------
{
  const ctx = await context();
  const page = await ctx.newPage();
  await page.goto(`${ORIGIN}/`);
  await interactiveAt(page);
  await recorder.start(page);
  await page.getByRole('button', { name: 'Play' }).click();
  const indicator = page.getByRole('toolbar', { name: 'Cascade player' }).getByText(/^Step \d+ of \d+$/);
  const last = quick ? 'Step 4 of 14' : 'Step 14 of 14';
  await page.waitForFunction((t) => [...document.querySelectorAll('.indicator')].some((e) => e.textContent === t), last, { timeout: 120000 });
  await page.waitForTimeout(1500);
  const r = await recorder.stop(page);
  results.P3 = { frame: stat(r.intervals), longTasks: r.longTasks, stepsPlayed: (await indicator.textContent()) };
  await ctx.close();
}

// ---------- P4 generated packs: ours vs Cytoscape.js ----------
results.P4 = {};
for (const n of quick ? [100, 1000] : [100, 500, 1000]) {
  const file = join(tmpdir(), `bench-${n}.pack.json`);
  writeFileSync(file, JSON.stringify(generatePack(n)));
  const { ctx, page } = await importInFreshProfile(file, `Imported pack "bench-${n}"`);
  await page.evaluate(() => performance.clearMarks());
  await page.getByRole('button', { name: `Open Benchmark pathway, ${n} nodes` }).click();
  await page.waitForFunction(() => {
    const done = performance.getEntriesByName('pe:layout-done')[0];
    return done && performance.getEntriesByName('pe:diagram-painted').some((m) => m.startTime > done.startTime);
  }, null, { timeout: 120000 });
  const timing = await page.evaluate(() => {
    const done = performance.getEntriesByName('pe:layout-done')[0].startTime;
    const painted = performance.getEntriesByName('pe:diagram-painted').find((m) => m.startTime > done).startTime;
    return { layout: performance.getEntriesByName('pe:layout')[0].duration, firstRender: painted - done };
  });
  // Small packs: ELK's routed layout replaces the quick one when it is ready; measure that too, and pan the final drawing.
  const refined = n <= 200
    ? await page.waitForFunction(() => performance.getEntriesByName('pe:layout-refined')[0]?.duration, null, { timeout: 120000 }).then((h) => h.jsonValue())
    : null;
  await page.waitForTimeout(300);
  await recorder.start(page);
  await dragAndZoom(page, '.canvas svg[role="group"]');
  const pan = await recorder.stop(page);
  await recorder.start(page);
  for (let i = 0; i < 3; i++) {
    await page.getByRole('button', { name: 'Next step' }).click();
    await page.waitForTimeout(1400);
  }
  const step = await recorder.stop(page);
  // The same graph, same positions and sizes, in Cytoscape.js at the same canvas size.
  const canvas = await page.locator('.canvas').boundingBox();
  const elements = await page.evaluate(() => {
    const nodes = [...document.querySelectorAll('.canvas [data-node]')].map((g) => {
      const m = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(g.getAttribute('transform'));
      const shape = g.querySelector('.shape').getBBox();
      return { id: g.dataset.node, x: Number(m[1]) + shape.width / 2, y: Number(m[2]) + shape.height / 2, w: shape.width, h: shape.height, label: g.querySelector('.label').textContent };
    });
    const ids = new Set(nodes.map((x) => x.id));
    return { nodes, ids: [...ids] };
  });
  const pack = JSON.parse(readFileSync(file, 'utf8'));
  const cyElements = { nodes: elements.nodes, edges: pack.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })) };
  await ctx.close();

  const ctx2 = await context();
  const cyPage = await ctx2.newPage();
  await cyPage.goto(`${ORIGIN}/bench/`);
  await cyPage.waitForFunction(() => document.title === 'bench ready');
  const cyFirst = await cyPage.evaluate(({ els, w, h }) => window.bench.cytoscape(els, w, h), { els: cyElements, w: Math.round(canvas.width), h: Math.round(canvas.height) });
  await recorder.start(cyPage);
  await dragAndZoom(cyPage, '#cy');
  const cyPan = await recorder.stop(cyPage);
  await ctx2.close();

  results.P4[n] = {
    nodes: n,
    edges: pack.edges.length,
    layout: round(timing.layout),
    firstRender: round(timing.firstRender),
    layoutPlusRender: round(timing.layout + timing.firstRender),
    refinedLayout: refined === null ? null : round(refined),
    panZoomFrame: stat(pan.intervals),
    panZoomLongTasks: pan.longTasks,
    stepFrame: stat(step.intervals),
    cytoscape: { firstRender: round(cyFirst.firstRender), panZoomFrame: stat(cyPan.intervals), panZoomLongTasks: cyPan.longTasks },
    ratio: { firstRender: round(timing.firstRender / cyFirst.firstRender), panZoomP95: round(pct(pan.intervals, 95) / pct(cyPan.intervals, 95)) },
  };
}

// ---------- P8 a WikiPathways pathway (WP2380): import, then first draw ----------
{
  // WP2380 ships with the app, so the same file is imported under another WikiPathways id: identical work.
  const source = readFileSync(join(root, 'renderer/src/core/gpml/fixtures/WP2380.gpml'), 'utf8').replace('Version="WP2380_r141011"', 'Version="WP92380_r1"');
  const runs = quick ? 2 : 5;
  const imports = [];
  const draws = [];
  for (let i = 0; i < runs; i++) {
    const file = join(tmpdir(), `bench-wp2380-${i}.gpml`);
    writeFileSync(file, source);
    const { ctx, page } = await importInFreshProfile(file, 'Imported pathway "Brain-derived neurotrophic factor (BDNF) signaling" (WikiPathways WP92380', 60000);
    imports.push(await page.evaluate(() => performance.getEntriesByName('pe:import').at(-1).duration));
    await page.evaluate(() => performance.mark('pe:open'));
    await page.getByRole('button', { name: 'Open Brain-derived neurotrophic factor (BDNF) signaling' }).last().click();
    await page.waitForFunction(() => {
      const open = performance.getEntriesByName('pe:open')[0].startTime;
      return performance.getEntriesByName('pe:diagram-painted').some((m) => m.startTime > open);
    }, null, { timeout: 60000 });
    draws.push(await page.evaluate(() => {
      const open = performance.getEntriesByName('pe:open')[0].startTime;
      return performance.getEntriesByName('pe:diagram-painted').find((m) => m.startTime > open).startTime - open;
    }));
    await ctx.close();
  }
  results.P8 = { import: stat(imports), firstDraw: stat(draws), total: stat(imports.map((t, i) => t + draws[i])) };
}

// ---------- P5 simulation, P6 quiz and due queue (the app's own modules, in the browser) ----------
{
  const ctx = await context();
  const page = await ctx.newPage();
  await page.goto(`${ORIGIN}/bench/`);
  await page.waitForFunction(() => document.title === 'bench ready');
  const ketamine = JSON.parse(readFileSync(join(root, 'assets/bundle/packs/ketamine-deyama2019.pack.json'), 'utf8'));
  const big = generatePack(1000);
  results.P5 = {
    ketamine: stat(await page.evaluate(({ p }) => window.bench.simulate(p, 60), { p: ketamine })),
    nodes1000: stat(await page.evaluate(({ p }) => window.bench.simulate(p, 20), { p: big })),
  };
  const due = await page.evaluate(() => window.bench.dueQuery(100000, 2000, 12));
  results.P6 = {
    nextCard: stat(await page.evaluate(({ p }) => window.bench.nextCard(p, 60), { p: ketamine })),
    dueQuery100kLogs: stat(due.query),
    dueCount100kLogs: stat(due.count),
    dueCards: due.total,
    queueLength: due.due,
  };
  await ctx.close();
}

const chromeVersion = browser.version();
await browser.close();
server.close();

// ---------- report ----------
const machine = { cpu: cpus()[0]?.model, cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), os: `${platform()} ${release()}`, node: process.version, chromium: chromeVersion, viewport: VIEWPORT, flags: ARGS };
const rows = [];
const row = (id, what, value, target, pass) => rows.push({ id, what, value, target, status: pass ? 'met' : 'MISSED' });
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
row('P1', 'launch → interactive diagram (data in IndexedDB)', `median ${results.P1.median} ms, p95 ${results.P1.p95} (n=${results.P1.n})`, '≤ 300 ms', results.P1.median <= 300);
row('P2', 'first run incl. seeding IndexedDB', `median ${results.P2.median} ms, p95 ${results.P2.p95} (n=${results.P2.n})`, '≤ 600 ms', results.P2.median <= 600);
row('P3', 'full cascade playback at 1×', `frame p95 ${results.P3.frame.p95} ms (median ${results.P3.frame.median}), long tasks ${results.P3.longTasks}`, 'p95 ≤ 17 ms, 0 long tasks', results.P3.frame.p95 <= 17 && results.P3.longTasks === 0);
for (const r of Object.values(results.P4)) {
  // Without coordinates: small packs must be on screen within 300 ms (the quick layered layout; ELK's routed one follows), 1,000 nodes within a second.
  const budget = r.nodes <= 200 ? 300 : 1000;
  const refinedNote = r.refinedLayout === null ? '' : `; ELK's routed layout replaces it at ${r.refinedLayout} ms`;
  row('P4', `${r.nodes} nodes: layout + first render`, `${r.layout} + ${r.firstRender} = ${r.layoutPlusRender} ms${refinedNote} (Cytoscape.js first render ${r.cytoscape.firstRender} ms; ours/Cy ${r.ratio.firstRender})`, `≤ ${budget} ms`, r.layoutPlusRender <= budget);
  // Frame intervals come in whole vsyncs (16.7 ms) give or take timestamp jitter of a few tenths: "no slower
  // than Cytoscape.js" means no more vsyncs per frame, so 16.8 against 16.7 is a tie, while 33.3 against 16.7 is not.
  row('P4', `${r.nodes} nodes: pan/zoom frames`, `p95 ${r.panZoomFrame.p95} ms (Cytoscape.js ${r.cytoscape.panZoomFrame.p95} ms; ours/Cy ${r.ratio.panZoomP95})`, '≤ 17 ms and ≤ Cytoscape.js (±0.5 ms jitter)', r.panZoomFrame.p95 <= 17 && r.panZoomFrame.p95 <= r.cytoscape.panZoomFrame.p95 + 0.5);
  row('P4', `${r.nodes} nodes: step animation frames`, `p95 ${r.stepFrame.p95} ms`, '≤ 33 ms', r.stepFrame.p95 <= 33);
}
row('P5', 'simulation, ketamine pack', `median ${results.P5.ketamine.median} ms, p95 ${results.P5.ketamine.p95}`, '≤ 5 ms', results.P5.ketamine.p95 <= 5);
row('P5', 'simulation, 1,000-node pack', `median ${results.P5.nodes1000.median} ms, p95 ${results.P5.nodes1000.p95}`, '≤ 50 ms', results.P5.nodes1000.p95 <= 50);
row('P6', 'next quiz card with FSRS preview', `median ${results.P6.nextCard.median} ms, p95 ${results.P6.nextCard.p95}`, '≤ 50 ms', results.P6.nextCard.p95 <= 50);
row('P6', 'due queue over 100,000 review logs', `queue (first ${results.P6.queueLength}) median ${results.P6.dueQuery100kLogs.median} ms, p95 ${results.P6.dueQuery100kLogs.p95}; count of all ${results.P6.dueCards} due: median ${results.P6.dueCount100kLogs.median} ms, p95 ${results.P6.dueCount100kLogs.p95}`, '≤ 50 ms', Math.max(results.P6.dueQuery100kLogs.p95, results.P6.dueCount100kLogs.p95) <= 50);
row('P8', 'WikiPathways WP2380: import (worker) + first draw', `median ${results.P8.total.median} ms (import ${results.P8.import.median} + draw ${results.P8.firstDraw.median}), p95 ${results.P8.total.p95} (n=${results.P8.total.n})`, '≤ 500 ms', results.P8.total.median <= 500);
row('P7', 'initial bundle (JS + CSS)', `${kb(results.P7.initial.raw)} raw, ${kb(results.P7.initial.gzip)} gzip; everything ${kb(results.P7.everything.gzip)} gzip`, '≤ 150 KB gzip', results.P7.initial.gzip <= 150 * 1024);

console.log(`\nPathway Explorer benchmarks — ${machine.cpu} ×${machine.cores}, ${machine.memoryGiB} GiB, Chromium ${machine.chromium} (${VIEWPORT.width}×${VIEWPORT.height}, --disable-gpu)\n`);
const w = [4, 44, 70, 28, 7];
const line = (cells) => cells.map((c, i) => String(c).padEnd(w[i])).join(' │ ');
console.log(line(['id', 'measure', 'value', 'target', 'status']));
console.log(w.map((x) => '─'.repeat(x)).join('─┼─'));
for (const r of rows) console.log(line([r.id, r.what, r.value, r.target, r.status]));
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/bench.json'), JSON.stringify({ when: new Date().toISOString(), machine, results, rows }, null, 2));
console.log('\nwritten: bench-results/bench.json');
