// The one renderer module that knows about the desktop shell: it adapts the
// preload's intent-named functions (window.pathwayExplorer) to Platform.
import type { ExportKind, ImportKind, Platform } from './platform.ts';

export interface PreloadApi {
  bundleManifest(): Promise<string>;
  readBundled(file: string): Promise<string>;
  openImportFile(kind: ImportKind): Promise<{ name: string; text: string } | null>;
  saveExport(name: string, kind: ExportKind, data: string | Uint8Array): Promise<boolean>;
  openExternal(url: string): Promise<boolean>;
  appVersion(): Promise<string>;
  writeBackup(json: string): Promise<boolean>;
  readBackup(): Promise<string | null>;
}

export function desktopPlatform(api: PreloadApi): Platform {
  return {
    kind: 'desktop',
    bundle: { manifest: () => api.bundleManifest(), read: (file) => api.readBundled(file) },
    openImportFile: (kind) => api.openImportFile(kind),
    saveExport: (name, kind, data) => api.saveExport(name, kind, data),
    openExternal: (url) => api.openExternal(url),
    appVersion: () => api.appVersion(),
    backup: { write: (json) => api.writeBackup(json), read: () => api.readBackup() },
  };
}
