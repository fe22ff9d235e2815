import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { createMainWindow } from './main-window.js';
import { CONTENT_SECURITY_POLICY } from './csp.js';
import { isAllowedExternalUrl } from './host-contract.js';
import { guardContents, setupSessionPolicy } from './navigation-guards.js';
import { resolveAppPath } from './app-protocol.js';
import { setupSingleInstance } from './single-instance.js';
import { FakeContents, FakeEmitter } from './test-support/fakes.js';

describe('main window options', () => {
  // A stand-in BrowserWindow records exactly what the constructor is given.
  let given: Record<string, any> = {};
  const loaded: string[] = [];
  class FakeWindow extends FakeEmitter {
    constructor(options: Record<string, any>) {
      super();
      given = options;
    }
    loadURL(url: string) {
      loaded.push(url);
      return Promise.resolve();
    }
    show() {}
  }
  createMainWindow(FakeWindow as never, '/x/preload.cjs');
  const prefs = given.webPreferences;
  it('loads the app from its own origin', () => expect(loaded).toEqual(['app://pathway-explorer/index.html']));
  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['experimentalFeatures', false],
  ] as const)('%s is %s', (key, value) => expect(prefs[key]).toBe(value));
  it('disables auxclick and loads only our preload', () => {
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
    expect(prefs.preload).toBe('/x/preload.cjs');
  });
});

describe('content security policy', () => {
  it('allows scripts from the app only, with no inline or eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("base-uri 'none'");
  });
  it('is the same policy the renderer page declares', () => {
    const html = readFileSync(new URL('../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
  });
});

// [url, may open in the system browser, may the window navigate there]
const URLS: [string, boolean, boolean][] = [
  ['https://pmc.ncbi.nlm.nih.gov/articles/PMC6597338/', true, false],
  ['https://www.ncbi.nlm.nih.gov/gene/4915', true, false],
  ['https://pubmed.ncbi.nlm.nih.gov/17643398/', true, false],
  ['https://doi.org/10.1016/j.eurpsy.2013.10.005', true, false],
  ['https://www.genenames.org/data/gene-symbol-report/#!/symbol/NTRK2', true, false],
  ['https://pfocr.wikipathways.org/figures/PMC6597338__nihms-1517515-f0006.html', true, false],
  ['https://identifiers.org/ensembl:ENSG00000148053', true, false],
  ['https://identifiers.org.evil.example/ensembl:ENSG00000148053', false, false],
  ['http://www.ncbi.nlm.nih.gov/gene/4915', false, false],
  ['https://www.ncbi.nlm.nih.gov.evil.example/gene', false, false],
  ['https://evil.example/?https://doi.org/', false, false],
  ['https://doi.org.evil.example/', false, false],
  ['https://xn--doi-org.example/', false, false],
  ['https://ncbi.nlm.nih.gov/', false, false],
  ['https://user:pass@doi.org/', false, false],
  ['https://doi.org:8443/', false, false],
  ['javascript:alert(1)', false, false],
  ['JAVASCRIPT:alert(1)', false, false],
  ['data:text/html,<script>alert(1)</script>', false, false],
  ['file:///etc/passwd', false, false],
  ['file://C:/Windows/system32', false, false],
  ['vbscript:msgbox', false, false],
  ['blob:https://doi.org/abc', false, false],
  ['about:blank', false, false],
  ['chrome://settings', false, false],
  ['ftp://doi.org/', false, false],
  ['//doi.org/', false, false],
  ['', false, false],
  ['not a url', false, false],
  ['app://pathway-explorer/index.html', false, true],
  ['app://pathway-explorer/../../etc/passwd', false, true],
  ['app://evil/index.html', false, false],
  ['app://pathway-explorer.evil/index.html', false, false],
  ['https://pathway-explorer/index.html', false, false],
];

describe('navigation, new windows and external links', () => {
  it.each(URLS)('%s', (url, external, navigate) => {
    expect(isAllowedExternalUrl(url)).toBe(external);
    const contents = new FakeContents();
    const opened: string[] = [];
    guardContents(contents as never, (u) => opened.push(u));
    expect(contents.fire('will-navigate', url)).toBe(!navigate);
    expect(contents.fire('will-redirect', url)).toBe(!navigate);
    expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    expect(opened).toEqual(external ? [url] : []);
  });
  it('never attaches a webview', () => {
    const contents = new FakeContents();
    guardContents(contents as never, () => {});
    expect(contents.fire('will-attach-webview', {}, {})).toBe(true);
  });
});

describe('session policy', () => {
  const handlers: Record<string, any> = {};
  setupSessionPolicy({
    setPermissionRequestHandler: (fn: unknown) => (handlers.request = fn),
    setPermissionCheckHandler: (fn: unknown) => (handlers.check = fn),
    webRequest: { onBeforeRequest: (_filter: unknown, fn: unknown) => (handlers.request2 = fn) },
  } as never);
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])('refuses the %s permission', (perm) => {
    const cb = vi.fn();
    handlers.request({}, perm, cb);
    expect(cb).toHaveBeenCalledWith(false);
    expect(handlers.check({}, perm)).toBe(false);
  });
  it.each([
    ['app://pathway-explorer/app/index.js', false],
    ['https://fonts.example/font.woff2', true],
    ['http://127.0.0.1:8080/', true],
    ['wss://example.org/socket', true],
  ])('request to %s is cancelled: %s', (url, cancel) => {
    const cb = vi.fn();
    handlers.request2({ url }, cb);
    expect(cb).toHaveBeenCalledWith({ cancel });
  });
});

describe('app:// file mapping', () => {
  const root = '/opt/app/dist/renderer';
  it.each([
    ['app://pathway-explorer/', `${root}/index.html`],
    ['app://pathway-explorer/index.html', `${root}/index.html`],
    ['app://pathway-explorer/app/index-abc.js', `${root}/app/index-abc.js`],
    ['app://pathway-explorer/packs/ketamine-deyama2019.pack.json', `${root}/packs/ketamine-deyama2019.pack.json`],
    ['app://pathway-explorer/%2e%2e/%2e%2e/etc/passwd', `${root}/etc/passwd`], // the URL parser folds dot segments: still inside
    ['app://pathway-explorer/..%2F..%2Fetc/passwd', null],
    ['app://pathway-explorer/a/%00.js', null],
    ['app://pathway-explorer/%E0%A4%A', null],
    ['app://other-host/index.html', null],
    ['https://pathway-explorer/index.html', null],
  ])('%s → %s', (url, expected) => expect(resolveAppPath(root, url)).toBe(expected));
});

describe('single instance', () => {
  it('a second launch focuses the first window', () => {
    const app = Object.assign(new FakeEmitter(), { requestSingleInstanceLock: () => true, quit: vi.fn() });
    const win = { isMinimized: () => true, restore: vi.fn(), focus: vi.fn() };
    expect(setupSingleInstance(app as never, () => win as never)).toBe(true);
    app.emit('second-instance');
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });
  it('the second instance quits', () => {
    const app = Object.assign(new FakeEmitter(), { requestSingleInstanceLock: () => false, quit: vi.fn() });
    expect(setupSingleInstance(app as never, () => undefined)).toBe(false);
    expect(app.quit).toHaveBeenCalled();
  });
});
