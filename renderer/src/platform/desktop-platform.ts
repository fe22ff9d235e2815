// The one renderer module that knows about the desktop shell: it adapts the
// preload's intent-named functions (window.pathwayExplorer) to Platform.
import type { ExportKind, ImportKind, Platform } from './platform.ts';

/** Exactly what electron/preload.cts exposes. */
export interface PreloadApi {
  bundleManifest(): Promise<string>;
  readBundled(file: string): Promise<string>;
  openImportFile(kind: ImportKind): Promise<{ name: string; text: string } | null>;
  saveExport(name: string, kind: ExportKind, data: string | Uint8Array): Promise<boolean>;
  openExternal(url: string): Promise<boolean>;
  appVersion(): Promise<string>;
  writeBackup(json: string): Promise<string>;
  listBackups(): Promise<string[]>;
  readBackup(name: string): Promise<string | null>;
  setAsideBackup(name: string): Promise<string>;
  onFlushRequest(callback: () => Promise<void>): void;
}

/** IPC errors arrive as "Error invoking remote method 'backup:write': Error: …"; keep the reason. */
const reason = (err: unknown) => (err instanceof Error ? err.message : String(err)).replace(/^Error invoking remote method '[^']+': (Error: )?/, '');

export function desktopPlatform(api: PreloadApi): Platform {
  return {
    kind: 'desktop',
    bundle: { manifest: () => api.bundleManifest(), read: (file) => api.readBundled(file) },
    openImportFile: (kind) => api.openImportFile(kind),
    saveExport: (name, kind, data) => api.saveExport(name, kind, data),
    openExternal: (url) => api.openExternal(url),
    appVersion: () => api.appVersion(),
    backup: {
      where: "the app's data folder",
      list: () => api.listBackups(),
      read: (name) => api.readBackup(name),
      write: async (json) => {
        try {
          await api.writeBackup(json);
        } catch (err) {
          throw new Error(reason(err));
        }
      },
      setAside: (name) => api.setAsideBackup(name),
    },
    onFlushRequest: (callback) => api.onFlushRequest(callback),
  };
}
