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
  writeBackup: (json: string): Promise<boolean> => ipcRenderer.invoke('backup:write', json),
  readBackup: (): Promise<string | null> => ipcRenderer.invoke('backup:read'),
};

contextBridge.exposeInMainWorld('pathwayExplorer', Object.freeze(api));
