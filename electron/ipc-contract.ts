import * as v from 'valibot';
import { isBackupName } from './backup-generations.js';

import { EXPORT_KINDS, IMPORT_KIND_NAMES, isBundleFile, LIMITS } from './host-contract.js';

/**
 * Payload schemas for every IPC call: main validates each one against these
 * (and checks who is asking). The channel names, kinds and limits themselves
 * live in host-contract.ts, shared with the preload and the renderer.
 */
export { CHANNELS, EVENTS, LIMITS } from './host-contract.js';

export const BundleFile = v.pipe(v.string(), v.maxLength(200), v.check(isBundleFile, 'not a bundled file'));
export const ImportRequest = v.strictObject({ kind: v.picklist(IMPORT_KIND_NAMES) });
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

