// The desktop data path without the Electron binary: the built renderer runs
// in Chromium with the real preload as built (dist/electron/preload.cjs, bundled with its host contract)
// evaluated in the page against a stand-in for `require('electron')`, whose
// ipcRenderer forwards every call through a Playwright binding to the real
// main-process modules (setupIpc, setupFlushOnClose) running in this Node
// process with a temporary user-data folder. Only the file dialogs are fakes.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test as base, expect } from '../fixtures.ts';
import { setupIpc } from '../../electron/ipc-handlers.ts';
import { setupFlushOnClose } from '../../electron/quit-flush.ts';
import { APP_ENTRY } from '../../electron/origin.ts';
import { FakeEmitter, FakeIpcMain } from '../../electron/test-support/fakes.ts';

// The shipped file: `npm test` builds before the e2e suite runs.
const preloadSource = readFileSync('dist/electron/preload.cjs', 'utf8');

/**
 * Runs in the page before the app: evaluates the preload with a fake
 * `electron` module. Uint8Array payloads (PNG exports) are boxed as base64 to
 * cross the binding; everything else crosses as it is.
 */
type PreloadModule = (require: (name: string) => unknown, module: { exports: object }, exports: object) => void;
function installPreload(preload: PreloadModule): void {
  const listeners = new Map<string, ((event: object, ...args: unknown[]) => void)[]>();
  const w = window as unknown as {
    __e2eIpcInvoke(channel: string, ...args: unknown[]): Promise<unknown>;
    __e2eIpcEmit(channel: string, ...args: unknown[]): void;
  };
  const box = (v: unknown): unknown => {
    if (v instanceof Uint8Array) return { __bytes: btoa(Array.from(v, (b) => String.fromCharCode(b)).join('')) };
    if (v && typeof v === 'object' && !Array.isArray(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, box(x)]));
    return v;
  };
  const electron = {
    contextBridge: {
      exposeInMainWorld: (name: string, api: unknown) => Object.defineProperty(window, name, { value: api, enumerable: false, writable: false, configurable: false }),
    },
    ipcRenderer: {
      invoke: (channel: string, ...args: unknown[]) => w.__e2eIpcInvoke(channel, ...args.map(box)),
      on: (channel: string, fn: (event: object, ...args: unknown[]) => void) => void listeners.set(channel, [...(listeners.get(channel) ?? []), fn]),
      removeAllListeners: (channel: string) => void listeners.delete(channel),
    },
  };
  w.__e2eIpcEmit = (channel, ...args) => {
    for (const fn of listeners.get(channel) ?? []) fn({}, ...args);
  };
  const module = { exports: {} };
  const require = (name: string) => {
    if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
    return electron;
  };
  preload(require, module, module.exports);
}

const unbox = (v: unknown): unknown => {
  if (v && typeof v === 'object' && '__bytes' in v) return new Uint8Array(Buffer.from(String((v as { __bytes: string }).__bytes), 'base64'));
  if (v && typeof v === 'object' && !Array.isArray(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, unbox(x)]));
  return v;
};

/** A BrowserWindow as setupFlushOnClose sees it, backed by one page. */
class BridgedWindow extends FakeEmitter {
  closed = false;
  constructor(private readonly page: Page) {
    super();
  }
  webContents = {
    send: (channel: string, ...args: unknown[]) => {
      void this.page.evaluate(([c, a]) => (window as unknown as { __e2eIpcEmit(c: string, ...a: unknown[]): void }).__e2eIpcEmit(c, ...a), [channel, args] as const).catch(() => {});
    },
    isDestroyed: () => this.page.isClosed(),
    isCrashed: () => false,
  };
  close() {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.closed = true;
    void this.page.close();
  }
  isDestroyed() {
    return this.closed || this.page.isClosed();
  }
}

export interface Desktop {
  /** The temporary user-data folder and its backups folder. */
  userData: string;
  backups: string;
  /** Channels the page invoked, in order. */
  calls: string[];
  /** The file the next open dialog returns (null: the learner cancels). */
  chooseFile(path: string | null): void;
  /** Where the next save dialog saves. */
  saveTo(path: string): void;
  backupFiles(): Promise<string[]>;
  readBackup(name: string): Promise<string>;
  /** Closes the window as the learner does: main asks the page to flush, waits, then closes. */
  closeWindow(page: Page): Promise<void>;
}

export const test = base.extend<{ desktop: Desktop }>({
  desktop: async ({ context }, use) => {
    const userData = await mkdtemp(join(tmpdir(), 'pe-desktop-'));
    const backups = join(userData, 'backups');
    const calls: string[] = [];
    let open: string | null = null;
    let save = join(userData, 'export.out');
    const ipc = new FakeIpcMain();
    setupIpc(ipc, {
      appVersion: '0.0.0-bridge',
      rendererDir: join(process.cwd(), 'dist', 'renderer'),
      backupDir: backups,
      showOpenDialog: async () => (open === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [open] }),
      showSaveDialog: async () => ({ canceled: false, filePath: save }),
      openExternal: async () => {},
    });
    const guard = setupFlushOnClose(ipc);
    const link = await bridge(context, ipc, calls);
    const windows = new Map<Page, BridgedWindow>();
    const windowOf = (page: Page) => {
      if (!windows.has(page)) {
        const win = new BridgedWindow(page);
        guard(win);
        windows.set(page, win);
      }
      return windows.get(page)!;
    };
    await use({
      userData,
      backups,
      calls,
      chooseFile: (path) => void (open = path),
      saveTo: (path) => void (save = path),
      backupFiles: async () => (await readdir(backups).catch(() => [] as string[])).sort(),
      readBackup: (name) => readFile(join(backups, name), 'utf8'),
      closeWindow: async (page) => {
        const closed = page.waitForEvent('close');
        windowOf(page).close();
        await closed;
      },
    });
    // Let the pages' last writes (a flush on pagehide) land, refuse any later ones, then remove the folder.
    for (const p of context.pages()) await p.close();
    await link.shutDown();
    await rm(userData, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  },
});

/** Every page of the context gets the preload, and its IPC reaches `ipc` as from the app's own frame. */
async function bridge(context: BrowserContext, ipc: FakeIpcMain, calls: string[]): Promise<{ shutDown(): Promise<void> }> {
  const inFlight = new Set<Promise<unknown>>();
  let open = true;
  await context.exposeBinding('__e2eIpcInvoke', async (source, channel: string, ...args: unknown[]) => {
    if (!open) throw new Error('the test is over');
    calls.push(channel);
    // The page is served over http here; main sees the frame as Electron would show it: app://, top level or not.
    const frame = { url: APP_ENTRY, parent: source.frame.parentFrame() ? {} : null };
    const call = ipc.invoke(channel, frame, ...args.map(unbox));
    inFlight.add(call);
    try {
      return await call;
    } catch (err) {
      // What Electron's ipcRenderer.invoke rejects with.
      throw new Error(`Error invoking remote method '${channel}': ${String(err)}`);
    } finally {
      inFlight.delete(call);
    }
  });
  // The preload's own text goes into the injected script (as Electron runs it), not through eval: the app's CSP forbids eval.
  await context.addInitScript({ content: `(${installPreload.toString()})(function (require, module, exports) {\n${preloadSource}\n});` });
  return {
    shutDown: async () => {
      open = false;
      await Promise.allSettled([...inFlight]);
    },
  };
}

export { expect };
