// Sandboxed preload: the page gets these intent-named functions and nothing
// else — never ipcRenderer itself. Main validates every call. A sandboxed
// preload must be one CommonJS file requiring only 'electron': esbuild bundles
// this module and the shared host contract into dist/electron/preload.cjs.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, EVENTS, PRELOAD_GLOBAL, type PreloadApi } from './host-contract.js';

const api: PreloadApi = {
  bundleManifest: () => ipcRenderer.invoke(CHANNELS.bundleManifest),
  readBundled: (file) => ipcRenderer.invoke(CHANNELS.bundleRead, file),
  openImportFile: (kind) => ipcRenderer.invoke(CHANNELS.openImport, { kind }),
  saveExport: (name, kind, data) => ipcRenderer.invoke(CHANNELS.saveExport, { name, kind, data }),
  openExternal: (url) => ipcRenderer.invoke(CHANNELS.openExternal, url),
  appVersion: () => ipcRenderer.invoke(CHANNELS.appVersion),
  writeBackup: (json) => ipcRenderer.invoke(CHANNELS.backupWrite, json),
  listBackups: () => ipcRenderer.invoke(CHANNELS.backupList),
  readBackup: (name) => ipcRenderer.invoke(CHANNELS.backupRead, name),
  setAsideBackup: (name) => ipcRenderer.invoke(CHANNELS.backupSetAside, name),
  // Only the token crosses back, never the event (it carries the sender).
  onFlushRequest: (callback) => {
    ipcRenderer.removeAllListeners(EVENTS.flushRequest);
    ipcRenderer.on(EVENTS.flushRequest, (_event, token: unknown) => {
      void Promise.resolve()
        .then(callback)
        .catch(() => {})
        .finally(() => void ipcRenderer.invoke(CHANNELS.flushDone, token).catch(() => {}));
    });
  },
};

contextBridge.exposeInMainWorld(PRELOAD_GLOBAL, Object.freeze(api));
