import { test as base, expect, type Page } from '@playwright/test';

export interface Watch {
  /** Every request URL the page made. */
  requests: string[];
  /** Requests to anything but the app's own origin. */
  offsite(): string[];
  cspViolations(): Promise<string[]>;
  errors: string[];
}

/**
 * Every test watches for network requests leaving the app's origin, CSP
 * violations and page errors, and fails if it sees any.
 */
export const test = base.extend<{ watch: Watch }>({
  watch: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL!).origin;
    const requests: string[] = [];
    const errors: string[] = [];
    page.context().on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    await page.addInitScript(() => {
      (window as unknown as { __csp: string[] }).__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const watch: Watch = {
      requests,
      errors,
      offsite: () => requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')),
      cspViolations: () => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => []),
    };
    await use(watch);
    expect(watch.offsite(), 'requests that left 127.0.0.1').toEqual([]);
    expect(await watch.cspViolations(), 'CSP violations').toEqual([]);
    expect(errors, 'page errors').toEqual([]);
  },
});

export { expect };
export type { Page };

/** Opens the app and waits until the figure is on screen. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('group', { name: /^Pathway diagram/ })).toBeVisible();
}

/** The player's "Step k of N" indicator. */
export const stepIndicator = (page: Page) => page.getByRole('toolbar', { name: 'Cascade player' }).getByText(/^Step \d+ of \d+$/);

/** The diagram figure (nodes inside are buttons named by label, kind and state). */
export const diagram = (page: Page) => page.getByRole('group', { name: /^Pathway diagram/ });
