import type { IpcMain, IpcMainInvokeEvent, OpenDialogOptions, SaveDialogOptions } from 'electron';
import * as v from 'valibot';
import { basename, join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { isAppUrl } from './origin.js';
import { isAllowedExternalUrl } from './external-links.js';
import { readTextCapped, writeFileAtomic } from './files.js';
import {
  BackupText, BundleFile, CHANNELS, ExportRequest, ExternalUrl, ImportRequest, LIMITS, type ImportedFile,
} from './ipc-contract.js';

export interface IpcDeps {
  appVersion: string;
  /** The built renderer, which also holds bundled.json and the bundled packs and figures. */
  rendererDir: string;
  backupDir: string;
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  openExternal(url: string): Promise<void>;
}

export class IpcRefusal extends Error {}

/** Only the app's own top-level page may call main. */
export function assertTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): void {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || !isAppUrl(frame.url)) throw new IpcRefusal('refused: unknown sender');
}

const IMPORT_FILTERS: Record<v.InferOutput<typeof ImportRequest>['kind'], OpenDialogOptions['filters']> = {
  pack: [{ name: 'Pathway pack', extensions: ['json'] }],
  figure: [{ name: 'PFOCR figure record', extensions: ['md', 'yml', 'yaml', 'txt'] }],
  backup: [{ name: 'Progress backup', extensions: ['json'] }],
  any: [{ name: 'Packs and figure records', extensions: ['json', 'md', 'yml', 'yaml', 'txt'] }],
};

const BACKUP_FILE = 'progress-backup.json';
const PREVIOUS_BACKUP_FILE = 'progress-backup.previous.json';

export function setupIpc(ipcMain: Pick<IpcMain, 'handle'>, deps: IpcDeps): void {
  let allowedBundleFiles: Promise<Set<string>> | undefined;
  const bundleFiles = () =>
    (allowedBundleFiles ??= readFile(join(deps.rendererDir, 'bundled.json'), 'utf8').then((text) => {
      const m = JSON.parse(text) as { packs: { file: string }[]; figures: { file: string }[] };
      return new Set([...m.packs, ...m.figures].map((e) => e.file));
    }));

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

  handle(CHANNELS.bundleRead, BundleFile, async (file) => {
    if (!(await bundleFiles()).has(file)) throw new IpcRefusal('refused: not a bundled file');
    return readTextCapped(join(deps.rendererDir, file), LIMITS.bundleBytes);
  });

  handle(CHANNELS.openImport, ImportRequest, async ({ kind }): Promise<ImportedFile | null> => {
    const choice = await deps.showOpenDialog({ properties: ['openFile'], filters: IMPORT_FILTERS[kind] });
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

  handle(CHANNELS.backupWrite, BackupText, async (json) => {
    // Keep the previous backup too, so one bad write can never leave nothing.
    const current = join(deps.backupDir, BACKUP_FILE);
    const previous = await readTextCapped(current, LIMITS.backupBytes).catch(() => null);
    if (previous !== null) await writeFileAtomic(join(deps.backupDir, PREVIOUS_BACKUP_FILE), previous);
    await writeFileAtomic(current, json);
    return true;
  });

  handle(CHANNELS.backupRead, null, async () => {
    for (const file of [BACKUP_FILE, PREVIOUS_BACKUP_FILE]) {
      const text = await readTextCapped(join(deps.backupDir, file), LIMITS.backupBytes).catch(() => null);
      if (text !== null) return text;
    }
    return null;
  });
}
