import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY } from './origin.js';

type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindowType;

/**
 * The one window. Every security-relevant option is written out here, in the
 * call itself, even where it is Electron's default: reviewers (and
 * electronegativity) read it in one place, and the unit test checks what the
 * constructor actually receives.
 */
export function createMainWindow(BrowserWindow: BrowserWindowClass, preloadPath: string): BrowserWindowType {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'Pathway Explorer',
    backgroundColor: '#f7f6f2',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY);
  return win;
}
