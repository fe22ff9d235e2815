import { test, expect, openApp, diagram } from './fixtures.ts';

// Every window size a student may have: readable labels, a toolbar that never
// sits on the figure's compartment labels, and the player on one row.
for (const [width, height] of [[1024, 640], [1280, 800], [1920, 1080]] as const) {
  test.describe(`at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test('labels are at least 11 px tall, the tools cover no compartment label, the player is one row', async ({ page }) => {
      await openApp(page);
      for (const detail of ['Basic', 'Advanced']) {
        await page.getByRole('button', { name: detail, exact: true }).click();
        for (let k = 0; k < 4; k++) {
          // Every label that is on screen is readable.
          const heights = await page.evaluate(() => {
            const frame = document.querySelector('.canvas')!.getBoundingClientRect();
            return [...document.querySelectorAll('svg[role="group"] .node .label tspan')]
              .map((t) => t.getBoundingClientRect())
              .filter((r) => r.right > frame.left && r.left < frame.right && r.bottom > frame.top && r.top < frame.bottom)
              .map((r) => r.height);
          });
          expect(heights.length).toBeGreaterThan(0);
          expect(Math.min(...heights), `smallest label at step ${k + 1} (${detail})`).toBeGreaterThanOrEqual(11);
          await page.getByRole('button', { name: 'Next step' }).click();
        }
      }

      const tools = (await page.getByRole('toolbar', { name: 'Diagram tools' }).boundingBox())!;
      const labels = await page.evaluate(() => [...document.querySelectorAll('svg[role="group"] .compartment text')].map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent, x: r.x, y: r.y, w: r.width, h: r.height };
      }));
      for (const l of labels) {
        const overlap = l.x < tools.x + tools.width && tools.x < l.x + l.w && l.y < tools.y + tools.height && tools.y < l.y + l.h;
        expect(overlap, `the tools cover "${l.text}"`).toBe(false);
      }

      const player = page.getByRole('toolbar', { name: 'Cascade player' });
      const tops = await Promise.all(['Restart', 'Play', 'Next step', 'Speed', 'Basic', 'Advanced'].map(async (name) => {
        const target = name === 'Speed' ? player.getByLabel('Speed') : player.getByRole('button', { name, exact: true });
        return (await target.boundingBox())!;
      }));
      const rowTop = Math.min(...tops.map((b) => b.y));
      const rowBottom = Math.max(...tops.map((b) => b.y + b.height));
      expect(rowBottom - rowTop, 'the player controls share one row').toBeLessThan(48);
      await expect(diagram(page)).toBeVisible();
    });
  });
}
