import type { IpcMain, IpcMainInvokeEvent, OpenDialogOptions, SaveDialogOptions } from 'electron';
import * as v from 'valibot';
import { basename, join } from 'node:path';
import { readdir, rename, unlink } from 'node:fs/promises';
import { isAppUrl } from './origin.js';
import { IMPORT_KINDS, isAllowedExternalUrl, type ImportedFile } from './host-contract.js';
import { readTextCapped, writeFileAtomic } from './files.js';
import { generationName, newestFirst, setAsideName, toPrune } from './backup-generations.js';
import {
  BackupName, BackupText, BundleFile, CHANNELS, ExportRequest, ExternalUrl, ImportRequest, LIMITS,
} from './ipc-contract.js';

export interface IpcDeps {
  appVersion: string;
  /** The built renderer, which also holds bundled.json and the bundled packs and figures. */
  rendererDir: string;
  backupDir: string;
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  openExternal(url: string): Promise<void>;
  /** The clock used to name backup generations (tests pass their own). */
  now?: () => number;
}

export class IpcRefusal extends Error {}

/** Only the app's own top-level page may call main. */
export function assertTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): void {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || !isAppUrl(frame.url)) throw new IpcRefusal('refused: unknown sender');
}

const missing = (err: unknown) => (err as NodeJS.ErrnoException)?.code === 'ENOENT';

export function setupIpc(ipcMain: Pick<IpcMain, 'handle'>, deps: IpcDeps): void {
  const handle = <S extends v.GenericSchema | null, R>(
    channel: string,
    schema: S,
    fn: (payload: S extends v.GenericSchema ? v.InferOutput<S> : undefined) => Promise<R> | R,
  ) => {
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      assertTrustedSender(event);
      if (schema === null) {
        if (args.length > 0) throw new IpcRefusal(`refused: ${channel} takes no arguments`);
        return fn(undefined as never);
      }
      const parsed = v.safeParse(schema, args[0]);
      if (!parsed.success || args.length !== 1) throw new IpcRefusal(`refused: invalid payload for ${channel}`);
      return fn(parsed.output as never);
    });
  };

  handle(CHANNELS.appVersion, null, () => deps.appVersion);

  handle(CHANNELS.bundleManifest, null, () => readTextCapped(join(deps.rendererDir, 'bundled.json'), LIMITS.bundleBytes));

  // Only packs/… and figures/… files (host-contract.ts's BUNDLE_FILE, checked by the schema): the
  // manifest itself is parsed in one place, the renderer, which asks for what it lists.
  handle(CHANNELS.bundleRead, BundleFile, (file) =>
    readTextCapped(join(deps.rendererDir, file), LIMITS.bundleBytes).catch((err: unknown) => {
      throw missing(err) ? new IpcRefusal('refused: not a bundled file') : err;
    }));

  handle(CHANNELS.openImport, ImportRequest, async ({ kind }): Promise<ImportedFile | null> => {
    const choice = await deps.showOpenDialog({ properties: ['openFile'], filters: [{ name: IMPORT_KINDS[kind].name, extensions: [...IMPORT_KINDS[kind].extensions] }] });
    const path = choice.filePaths[0];
    if (choice.canceled || !path) return null;
    const limit = kind === 'backup' ? LIMITS.backupBytes : LIMITS.importBytes;
    return { name: basename(path), text: await readTextCapped(path, limit) };
  });

  handle(CHANNELS.saveExport, ExportRequest, async ({ name, kind, data }) => {
    const choice = await deps.showSaveDialog({ defaultPath: name, filters: [{ name: kind.toUpperCase(), extensions: [kind] }] });
    if (choice.canceled || !choice.filePath) return false;
    await writeFileAtomic(choice.filePath, data);
    return true;
  });

  handle(CHANNELS.openExternal, ExternalUrl, async (url) => {
    if (!isAllowedExternalUrl(url)) return false;
    await deps.openExternal(url);
    return true;
  });

  // Automatic backups (see backup-generations.ts). The renderer validates
  // what it reads; main only ever sees names that match the patterns, and
  // caps every file by size before reading it.
  const now = deps.now ?? Date.now;
  const backupNames = () => readdir(deps.backupDir).catch((err) => (missing(err) ? [] : Promise.reject(err)));

  handle(CHANNELS.backupList, null, async () => newestFirst(await backupNames()));

  handle(CHANNELS.backupRead, BackupName, (name) =>
    readTextCapped(join(deps.backupDir, name), LIMITS.backupBytes).catch((err) => (missing(err) ? null : Promise.reject(err))),
  );

  handle(CHANNELS.backupWrite, BackupText, async (json) => {
    const at = now();
    const name = generationName(at, new Set(await backupNames()));
    await writeFileAtomic(join(deps.backupDir, name), json);
    // Pruning only ever removes generations outside the retention policy; a failure to prune loses nothing.
    for (const old of toPrune(await backupNames(), at)) await unlink(join(deps.backupDir, old)).catch(() => {});
    return name;
  });

  handle(CHANNELS.backupSetAside, BackupName, async (name) => {
    const aside = setAsideName(name, now());
    await rename(join(deps.backupDir, name), join(deps.backupDir, aside));
    return aside;
  });
}
