import type { App, BrowserWindow } from 'electron';

/**
 * Two instances on one profile could both write IndexedDB; the second launch
 * instead focuses the first window and quits. Returns false in the second.
 */
export function setupSingleInstance(app: Pick<App, 'requestSingleInstanceLock' | 'on' | 'quit'>, getWindow: () => BrowserWindow | undefined): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const win = getWindow();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  return true;
}
