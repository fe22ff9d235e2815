import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export interface Watch {
  /** Every request URL the watched pages made. */
  requests: string[];
  /** Requests to anything but the app's own origin. */
  offsite(): string[];
  cspViolations(): Promise<string[]>;
  errors: string[];
  /** Watches another context too (a second profile opened by the test). */
  add(context: BrowserContext): Promise<void>;
  /** Forgets everything seen so far (only for the tests of the watch itself). */
  clear(): void;
}

/**
 * Runs on every test, whether it asks for `watch` or not: fails the test on
 * any request leaving the app's origin, any CSP violation and any page error
 * or console error, in every page of the test's context (and of any context
 * the test adds). Violations are reported to Node as they happen, so a page
 * the test closes still counts.
 */
export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const requests: string[] = [];
      const errors: string[] = [];
      const csp: string[] = [];
      const watchPage = (page: Page) => {
        page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
        page.on('console', (m) => {
          // The browser's own favicon probe on a non-app page (bundled.json) is not the app's error.
          if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(`console: ${m.text()} (${m.location().url})`);
        });
      };
      const add = async (ctx: BrowserContext) => {
        ctx.on('request', (r) => requests.push(r.url()));
        ctx.on('page', watchPage);
        ctx.pages().forEach(watchPage);
        await ctx.exposeBinding('__e2eCspViolation', (_source, text: string) => void csp.push(text));
        await ctx.addInitScript(() => {
          document.addEventListener('securitypolicyviolation', (e) => {
            void (window as unknown as { __e2eCspViolation(t: string): Promise<void> }).__e2eCspViolation(`${e.violatedDirective} ${e.blockedURI}`);
          });
        });
      };
      await add(context);
      const watch: Watch = {
        requests,
        errors,
        add,
        offsite: () => requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')),
        cspViolations: async () => [...csp],
        clear: () => void [requests, errors, csp].forEach((list) => list.splice(0)),
      };
      await use(watch);
      expect(watch.offsite(), 'requests that left 127.0.0.1').toEqual([]);
      expect(csp, 'CSP violations').toEqual([]);
      expect(errors, 'page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Page };

/** Quiz sessions in tests draw their questions from a fixed seed: the same test asks the same questions every run. */
export const SEEDED = '/?seed=1';

/** Opens the app (quiz order seeded) and waits until the figure is on screen. */
export async function openApp(page: Page, path = SEEDED): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('group', { name: /^Pathway diagram/ })).toBeVisible();
}

/** The player's "Step k of N" indicator. */
export const stepIndicator = (page: Page) => page.getByRole('toolbar', { name: 'Cascade player' }).getByText(/^Step \d+ of \d+$/);

/** The diagram figure (nodes inside are buttons named by label, kind and state). */
export const diagram = (page: Page) => page.getByRole('group', { name: /^Pathway diagram/ });
