import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupIpc, type IpcDeps } from './ipc-handlers.js';
import { CHANNELS, EVENTS, LIMITS } from './ipc-contract.js';
import { PRELOAD_GLOBAL } from './host-contract.js';
import { bundlePreload } from '../scripts/preload-bundle.mjs';
import { setupFlushOnClose } from './quit-flush.js';
import { appFrame, FakeIpcMain } from './test-support/fakes.js';

let dir: string;
let ipc: FakeIpcMain;
let deps: IpcDeps;
let clock = Date.UTC(2026, 2, 1, 12);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pe-ipc-'));
  const renderer = join(dir, 'renderer');
  await mkdir(join(renderer, 'packs'), { recursive: true });
  await writeFile(join(renderer, 'bundled.json'), JSON.stringify({ format: 'pathway-bundle', packs: [{ id: 'p', version: '1.0.0', file: 'packs/p.pack.json' }], figures: [] }));
  await writeFile(join(renderer, 'packs/p.pack.json'), '{"pack":true}');
  await writeFile(join(renderer, 'secret.txt'), 'not bundled');
  await writeFile(join(dir, 'import.json'), '{"hello":1}');
  await writeFile(join(dir, 'huge.json'), Buffer.alloc(LIMITS.importBytes + 1, 32));
  ipc = new FakeIpcMain();
  deps = {
    appVersion: '9.9.9',
    rendererDir: renderer,
    backupDir: join(dir, 'backups'),
    showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: [join(dir, 'import.json')] })),
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: join(dir, 'out', 'export.svg') })),
    openExternal: vi.fn(async () => {}),
    now: () => clock,
  };
  setupIpc(ipc, deps);
  // Every channel main handles, so the random payloads below reach them all.
  setupFlushOnClose(ipc);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('who may call', () => {
  it.each([
    ['no frame', null],
    ['a file:// page', { url: 'file:///tmp/evil.html', parent: null }],
    ['a remote page', { url: 'https://evil.example/', parent: null }],
    ['a look-alike host', { url: 'app://pathway-explorer.evil/index.html', parent: null }],
    ['a subframe of the app', { url: 'app://pathway-explorer/index.html', parent: {} }],
  ])('refuses %s', async (_name, frame) => {
    await expect(ipc.invoke(CHANNELS.appVersion, frame as never)).rejects.toThrow(/unknown sender/);
  });
  it('answers the app itself', async () => {
    expect(await ipc.invoke(CHANNELS.appVersion, appFrame)).toBe('9.9.9');
  });
});

describe('bundled files', () => {
  it('reads the manifest and files it lists', async () => {
    expect(JSON.parse((await ipc.invoke(CHANNELS.bundleManifest, appFrame)) as string).format).toBe('pathway-bundle');
    expect(await ipc.invoke(CHANNELS.bundleRead, appFrame, 'packs/p.pack.json')).toBe('{"pack":true}');
  });
  it.each(['secret.txt', '../import.json', 'packs/../secret.txt', '/etc/passwd', 'index.html', 'packs/missing.json'])('refuses %s', async (file) => {
    await expect(ipc.invoke(CHANNELS.bundleRead, appFrame, file)).rejects.toThrow(/refused: (invalid payload for bundle:read|not a bundled file)/);
  });
});

describe('import, export, links and backups', () => {
  it('returns the chosen file with its name', async () => {
    expect(await ipc.invoke(CHANNELS.openImport, appFrame, { kind: 'pack' })).toEqual({ name: 'import.json', text: '{"hello":1}' });
  });
  it('refuses an oversize import by its size', async () => {
    vi.mocked(deps.showOpenDialog).mockResolvedValueOnce({ canceled: false, filePaths: [join(dir, 'huge.json')] });
    await expect(ipc.invoke(CHANNELS.openImport, appFrame, { kind: 'pack' })).rejects.toThrow(/too large/);
  });
  it('writes an export where the user chose', async () => {
    expect(await ipc.invoke(CHANNELS.saveExport, appFrame, { name: 'diagram.svg', kind: 'svg', data: '<svg/>' })).toBe(true);
    expect(await readFile(join(dir, 'out', 'export.svg'), 'utf8')).toBe('<svg/>');
  });
  it('refuses an export name with a path in it', async () => {
    await expect(ipc.invoke(CHANNELS.saveExport, appFrame, { name: '../../x.svg', kind: 'svg', data: '' })).rejects.toThrow(/invalid payload/);
  });
  it('opens only allowlisted https links', async () => {
    expect(await ipc.invoke(CHANNELS.openExternal, appFrame, 'https://doi.org/10.1/x')).toBe(true);
    expect(await ipc.invoke(CHANNELS.openExternal, appFrame, 'https://evil.example/')).toBe(false);
    expect(deps.openExternal).toHaveBeenCalledTimes(1);
  });
});

describe('automatic backups', () => {
  const backups = () => join(dir, 'backups');
  const files = async () => (await readdir(backups())).sort();
  const HOUR = 3_600_000;

  it('writes each backup as a new generation and lists them newest first', async () => {
    const first = await ipc.invoke(CHANNELS.backupWrite, appFrame, '{"n":1}');
    const second = await ipc.invoke(CHANNELS.backupWrite, appFrame, '{"n":2}');
    expect(first).toBe('progress-20260301T120000000Z.json');
    expect(second).toBe('progress-20260301T120000000Z-1.json');
    expect(await ipc.invoke(CHANNELS.backupList, appFrame)).toEqual([second, first]);
    expect(await ipc.invoke(CHANNELS.backupRead, appFrame, first)).toBe('{"n":1}');
    expect(await ipc.invoke(CHANNELS.backupRead, appFrame, second)).toBe('{"n":2}');
  });

  it('keeps the last 3 writes and one a day for a week, and prunes nothing else', async () => {
    for (let day = 0; day < 10; day++) {
      clock = Date.UTC(2026, 2, 2 + day, 9);
      await ipc.invoke(CHANNELS.backupWrite, appFrame, `{"day":${day},"write":1}`);
      clock += HOUR;
      await ipc.invoke(CHANNELS.backupWrite, appFrame, `{"day":${day},"write":2}`);
    }
    const list = (await ipc.invoke(CHANNELS.backupList, appFrame)) as string[];
    // Three newest (days 9, 9 and 8), then the newest of each earlier day inside the week.
    expect(list).toEqual([
      'progress-20260311T100000000Z.json', 'progress-20260311T090000000Z.json', 'progress-20260310T100000000Z.json',
      'progress-20260309T100000000Z.json', 'progress-20260308T100000000Z.json', 'progress-20260307T100000000Z.json',
      'progress-20260306T100000000Z.json', 'progress-20260305T100000000Z.json',
    ]);
  });

  it('sets a copy aside under a new name (never read, never pruned) and reports that name', async () => {
    const [newest] = (await ipc.invoke(CHANNELS.backupList, appFrame)) as string[];
    clock += 1000;
    const aside = await ipc.invoke(CHANNELS.backupSetAside, appFrame, newest);
    expect(aside).toBe(`set-aside-20260311T100001000Z-${newest}`);
    expect(await readFile(join(backups(), aside as string), 'utf8')).toBe('{"day":9,"write":2}');
    expect(await ipc.invoke(CHANNELS.backupList, appFrame)).not.toContain(newest);
    for (let i = 0; i < 5; i++) await ipc.invoke(CHANNELS.backupWrite, appFrame, '{"later":true}');
    expect(await files()).toContain(aside);
  });

  it('still reads the files versions before generations wrote, after every generation', async () => {
    await writeFile(join(backups(), 'progress-backup.json'), '{"legacy":1}');
    await writeFile(join(backups(), 'progress-backup.previous.json'), '{"legacy":0}');
    const list = (await ipc.invoke(CHANNELS.backupList, appFrame)) as string[];
    expect(list.slice(-2)).toEqual(['progress-backup.json', 'progress-backup.previous.json']);
    expect(await ipc.invoke(CHANNELS.backupRead, appFrame, 'progress-backup.previous.json')).toBe('{"legacy":0}');
  });

  it('answers null for a generation that is gone, and refuses an oversize one by its size', async () => {
    expect(await ipc.invoke(CHANNELS.backupRead, appFrame, 'progress-20200101T000000000Z.json')).toBeNull();
    await writeFile(join(backups(), 'progress-20200101T000000000Z.json'), Buffer.alloc(LIMITS.backupBytes + 1, 32));
    await expect(ipc.invoke(CHANNELS.backupRead, appFrame, 'progress-20200101T000000000Z.json')).rejects.toThrow(/too large/);
  });

  it.each(['../import.json', 'progress-backup.json/../../x', '/etc/passwd', 'set-aside-20260311T100001000Z-progress-20260311T100000000Z.json', 'secret.txt', 'progress-2026.json', ''])(
    'refuses to read or set aside %j', async (name) => {
      await expect(ipc.invoke(CHANNELS.backupRead, appFrame, name)).rejects.toThrow(/invalid payload/);
      await expect(ipc.invoke(CHANNELS.backupSetAside, appFrame, name)).rejects.toThrow(/invalid payload/);
    },
  );

  it('refuses a backup that is too large or not text, before writing anything', async () => {
    const before = await files();
    await expect(ipc.invoke(CHANNELS.backupWrite, appFrame, 'x'.repeat(LIMITS.backupBytes + 1))).rejects.toThrow(/invalid payload/);
    await expect(ipc.invoke(CHANNELS.backupWrite, appFrame, { json: '{}' })).rejects.toThrow(/invalid payload/);
    expect(await files()).toEqual(before);
  });

  it('a write that fails rejects, so the page can tell the learner', async () => {
    const blocked = { ...deps, backupDir: join(dir, 'import.json', 'backups') };
    const other = new FakeIpcMain();
    setupIpc(other, blocked);
    await expect(other.invoke(CHANNELS.backupWrite, appFrame, '{"n":1}')).rejects.toThrow();
  });
});

describe('random payloads', () => {
  const channels = Object.values(CHANNELS);
  it('every channel has a handler', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
  });
  it('never crash a handler or leave an unhandled rejection (300 cases)', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    vi.mocked(deps.showOpenDialog).mockResolvedValue({ canceled: true, filePaths: [] });
    vi.mocked(deps.showSaveDialog).mockResolvedValue({ canceled: true });
    const payload = fc.oneof(
      fc.anything({ withBigInt: true, withNullPrototype: true, withTypedArray: true, withMap: true, withSet: true }),
      fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'kind', 'name', 'data', 'url'), fc.anything()),
      fc.string(),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...channels), fc.array(payload, { maxLength: 3 }), async (channel, args) => {
        try {
          await ipc.invoke(channel, appFrame, ...args);
        } catch (err) {
          expect(err).toBeInstanceOf(Error);
        }
      }),
      { numRuns: 300 },
    );
    await new Promise((r) => setTimeout(r, 20));
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('preload', () => {
  it('exposes one intent-named function per channel, freezes them, and never ipcRenderer itself', async () => {
    // Run the real preload against a stand-in for Electron and record what it does.
    const invoked: string[] = [];
    const heard: string[] = [];
    const exposed: Record<string, unknown> = {};
    let listener: ((event: unknown, token: unknown) => void) | undefined;
    vi.doMock('electron', () => ({
      default: {
        contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
        ipcRenderer: {
          invoke: (channel: string) => (invoked.push(channel), Promise.resolve(null)),
          on: (channel: string, fn: typeof listener) => (heard.push(channel), (listener = fn)),
          removeAllListeners: () => {},
        },
      },
    }));
    // The preload as shipped: bundled with its shared contract, then run with require('electron') answered by the stand-in.
    const code = (await bundlePreload())!;
    const module = { exports: {} };
    const fakeElectron = (await import('electron')).default;
    new Function('require', 'module', 'exports', code)((name: string) => {
      if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
      return fakeElectron;
    }, module, module.exports);
    expect(Object.keys(exposed)).toEqual([PRELOAD_GLOBAL]);
    const api = exposed[PRELOAD_GLOBAL] as Record<string, (...args: unknown[]) => unknown>;
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.values(api).every((f) => typeof f === 'function')).toBe(true);
    for (const [name, fn] of Object.entries(api)) if (name !== 'onFlushRequest') await fn('x', 'y', 'z');
    let flushed = false;
    api.onFlushRequest!(async () => void (flushed = true));
    listener!({}, 7);
    await vi.waitFor(() => expect(invoked).toContain(CHANNELS.flushDone));
    expect(flushed).toBe(true);
    expect([...new Set(invoked)].sort()).toEqual(Object.values(CHANNELS).sort());
    expect(heard).toEqual(Object.values(EVENTS));
    vi.doUnmock('electron');
  });
});
