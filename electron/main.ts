// Main process: a table of contents. Each setupX() lives in its own module,
// takes the Electron objects it needs, and is unit-tested with fakes.
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { registerAppScheme, setupAppProtocol } from './app-protocol.js';
import { setupNavigationGuards, setupSessionPolicy } from './navigation-guards.js';
import { setupSingleInstance } from './single-instance.js';
import { setupIpc } from './ipc-handlers.js';
import { createMainWindow } from './main-window.js';
import { setupFlushOnClose } from './quit-flush.js';
import { isAllowedExternalUrl } from './host-contract.js';
import { APP_ORIGIN } from './origin.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererDir = join(here, '..', 'renderer');
const preloadPath = join(here, 'preload.cjs');
let mainWindow: BrowserWindow | undefined;

const openExternal = (url: string) => {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url);
};

registerAppScheme(protocol);

if (setupSingleInstance(app, () => mainWindow)) {
  setupNavigationGuards(app, openExternal);

  void app.whenReady().then(() => {
    setupSessionPolicy(session.defaultSession);
    setupAppProtocol(protocol, rendererDir);
    setupIpc(ipcMain, {
      appVersion: app.getVersion(),
      rendererDir,
      backupDir: join(app.getPath('userData'), 'backups'),
      showOpenDialog: (options) => dialog.showOpenDialog(options),
      showSaveDialog: (options) => dialog.showSaveDialog(options),
      openExternal: (url) => shell.openExternal(url),
    });
    // Closing or quitting asks the page to write its backup first (see quit-flush.ts).
    const guardClose = setupFlushOnClose(ipcMain);
    mainWindow = createMainWindow(BrowserWindow, preloadPath);
    guardClose(mainWindow);
    // The last line `npm start` prints: where the app is, once its window really shows.
    mainWindow.once('ready-to-show', () => console.log(`Pathway Explorer: the app window is open at ${APP_ORIGIN}/`));
    mainWindow.on('closed', () => (mainWindow = undefined));
  });

  app.on('window-all-closed', () => app.quit());
}
