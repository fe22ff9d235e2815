// The one renderer module that knows about the desktop shell: it adapts the
// preload's intent-named functions (window.pathwayExplorer) to Platform.
import type { Platform, PreloadApi } from './platform.ts';
import { readUserFile } from './read-file.ts';

/** IPC errors arrive as "Error invoking remote method 'backup:write': Error: …"; keep the reason. */
const reason = (err: unknown) => (err instanceof Error ? err.message : String(err)).replace(/^Error invoking remote method '[^']+': (Error: )?/, '');

export function desktopPlatform(api: PreloadApi): Platform {
  return {
    kind: 'desktop',
    bundle: { manifest: () => api.bundleManifest(), read: (file) => api.readBundled(file) },
    openImportFile: (kind) => api.openImportFile(kind),
    // A dropped file is already in the page: read it the same way as in a browser.
    readDroppedFile: (file) => readUserFile(file),
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
