import type { BrowserWindow as BrowserWindowType } from 'electron';
import { mainWindowOptions } from './window-options.js';
import { APP_ENTRY } from './origin.js';

type BrowserWindowClass = new (options: ReturnType<typeof mainWindowOptions>) => BrowserWindowType;

export function createMainWindow(BrowserWindow: BrowserWindowClass, preloadPath: string): BrowserWindowType {
  const win = new BrowserWindow(mainWindowOptions(preloadPath));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY);
  return win;
}
