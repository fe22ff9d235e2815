// Sandboxed preload (CommonJS): the page gets these intent-named functions
// and nothing else — never ipcRenderer itself. Main validates every call.
import electron = require('electron');

const { contextBridge, ipcRenderer } = electron;

// Channel names are repeated from ipc-contract.ts on purpose: a sandboxed
// preload can only require 'electron', not our own modules. A unit test
// checks the two lists are equal.
const api = {
  bundleManifest: (): Promise<string> => ipcRenderer.invoke('bundle:manifest'),
  readBundled: (file: string): Promise<string> => ipcRenderer.invoke('bundle:read', file),
  openImportFile: (kind: 'pack' | 'figure' | 'backup' | 'any'): Promise<{ name: string; text: string } | null> =>
    ipcRenderer.invoke('file:open-import', { kind }),
  saveExport: (name: string, kind: 'svg' | 'png' | 'json' | 'txt' | 'sbgn', data: string | Uint8Array): Promise<boolean> =>
    ipcRenderer.invoke('file:save-export', { name, kind, data }),
  openExternal: (url: string): Promise<boolean> => ipcRenderer.invoke('link:open-external', url),
  appVersion: (): Promise<string> => ipcRenderer.invoke('app:version'),
  /** Writes a new backup generation; resolves to its file name. */
  writeBackup: (json: string): Promise<string> => ipcRenderer.invoke('backup:write', json),
  /** Backup file names, newest first. */
  listBackups: (): Promise<string[]> => ipcRenderer.invoke('backup:list'),
  readBackup: (name: string): Promise<string | null> => ipcRenderer.invoke('backup:read', name),
  /** Renames a backup that cannot be read so nothing overwrites or prunes it; resolves to its new name. */
  setAsideBackup: (name: string): Promise<string> => ipcRenderer.invoke('backup:set-aside', name),
  /**
   * Before the window closes, main asks the page to save what it holds; the
   * callback's promise settling is the answer. Only the token crosses back,
   * never the event (it carries the sender).
   */
  onFlushRequest: (callback: () => Promise<void>): void => {
    ipcRenderer.removeAllListeners('app:flush-request');
    ipcRenderer.on('app:flush-request', (_event, token: unknown) => {
      void Promise.resolve()
        .then(callback)
        .catch(() => {})
        .finally(() => void ipcRenderer.invoke('app:flush-done', token).catch(() => {}));
    });
  },
};

contextBridge.exposeInMainWorld('pathwayExplorer', Object.freeze(api));
