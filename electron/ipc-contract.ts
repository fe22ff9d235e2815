import * as v from 'valibot';
import { isBackupName } from './backup-generations.js';

/**
 * Everything the renderer may ask of the main process. The preload exposes
 * one intent-named function per channel; main validates every payload
 * against these schemas and checks who is asking.
 */
export const CHANNELS = {
  bundleManifest: 'bundle:manifest',
  bundleRead: 'bundle:read',
  openImport: 'file:open-import',
  saveExport: 'file:save-export',
  openExternal: 'link:open-external',
  appVersion: 'app:version',
  backupWrite: 'backup:write',
  backupRead: 'backup:read',
  backupList: 'backup:list',
  backupSetAside: 'backup:set-aside',
  flushDone: 'app:flush-done',
} as const;

/** What main sends to the renderer (the preload turns each into one intent-named callback). */
export const EVENTS = {
  flushRequest: 'app:flush-request',
} as const;

export const LIMITS = {
  importBytes: 5 * 1024 * 1024,
  backupBytes: 50 * 1024 * 1024,
  exportBytes: 50 * 1024 * 1024,
  bundleBytes: 5 * 1024 * 1024,
};

export const IMPORT_KINDS = ['pack', 'figure', 'backup', 'any'] as const;
export const EXPORT_KINDS = ['svg', 'png', 'json', 'txt', 'sbgn'] as const;

export const BundleFile = v.pipe(v.string(), v.maxLength(200));
export const ImportRequest = v.strictObject({ kind: v.picklist(IMPORT_KINDS) });
export const ExportRequest = v.strictObject({
  name: v.pipe(v.string(), v.regex(/^[\w .()-]{1,120}\.(svg|png|json|txt|sbgn)$/, 'must be a plain file name with a known extension')),
  kind: v.picklist(EXPORT_KINDS),
  data: v.union([
    v.pipe(v.string(), v.maxLength(LIMITS.exportBytes)),
    v.pipe(v.instance(Uint8Array), v.check((d) => d.byteLength <= LIMITS.exportBytes, 'too large')),
  ]),
});
export const ExternalUrl = v.pipe(v.string(), v.maxLength(2048));
export const BackupText = v.pipe(v.string(), v.minLength(2), v.maxLength(LIMITS.backupBytes));
export const BackupName = v.pipe(v.string(), v.maxLength(120), v.check(isBackupName, 'not a backup file name'));
export const FlushToken = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(2 ** 31));

export interface ImportedFile {
  name: string;
  text: string;
}
