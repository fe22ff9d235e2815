import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupIpc, type IpcDeps } from './ipc-handlers.js';
import { CHANNELS, LIMITS } from './ipc-contract.js';
import { appFrame, FakeIpcMain } from './test-support/fakes.js';

let dir: string;
let ipc: FakeIpcMain;
let deps: IpcDeps;

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
  };
  setupIpc(ipc, deps);
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
  it.each(['secret.txt', '../import.json', 'packs/../secret.txt', '/etc/passwd', 'packs/missing.json'])('refuses %s', async (file) => {
    await expect(ipc.invoke(CHANNELS.bundleRead, appFrame, file)).rejects.toThrow(/not a bundled file/);
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
  it('keeps the previous backup when writing a new one', async () => {
    await ipc.invoke(CHANNELS.backupWrite, appFrame, '{"n":1}');
    await ipc.invoke(CHANNELS.backupWrite, appFrame, '{"n":2}');
    expect(await ipc.invoke(CHANNELS.backupRead, appFrame)).toBe('{"n":2}');
    expect(await readFile(join(dir, 'backups', 'progress-backup.previous.json'), 'utf8')).toBe('{"n":1}');
  });
});

describe('random payloads', () => {
  const channels = Object.values(CHANNELS);
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
  it('exposes exactly the channels main handles, and never ipcRenderer itself', async () => {
    const src = await readFile(new URL('./preload.cts', import.meta.url), 'utf8');
    const used = [...src.matchAll(/ipcRenderer\.invoke\('([^']+)'/g)].map((m) => m[1]).sort();
    expect(used).toEqual(Object.values(CHANNELS).sort());
    expect(src).toMatch(/exposeInMainWorld\('pathwayExplorer', Object\.freeze\(api\)\)/);
    expect(src).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\b/);
  });
});
