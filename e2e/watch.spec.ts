import { test, expect, openApp } from './fixtures.ts';

// The watch is automatic: these tests never ask for it, and each must fail
// because of it (test.fail turns that expected failure into a pass, and an
// unexpected pass into a failure).

test.fail('a page error fails a test that did not ask to be watched', async ({ page }) => {
  await openApp(page);
  const error = page.waitForEvent('pageerror');
  await page.evaluate(() => setTimeout(() => { throw new Error('thrown by the test'); }, 0));
  await error;
});

test('a CSP violation and its request are seen, even from a page the test has closed', async ({ page, watch }) => {
  await openApp(page);
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'https://example.org/pixel.png';
    document.body.append(img);
  });
  await expect.poll(() => watch.cspViolations()).toEqual(['img-src https://example.org/pixel.png']);
  await page.close();
  expect(watch.errors.join('\n')).toContain('Content Security Policy');
  // Seen; now let the test end clean (a test that does not clear fails, as the one above shows).
  watch.clear();
});
