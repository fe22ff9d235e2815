import type { IpcMain } from 'electron';
import * as v from 'valibot';
import { CHANNELS, EVENTS, FlushToken } from './ipc-contract.js';
import { assertTrustedSender, IpcRefusal } from './ipc-handlers.js';

/** Just what this module uses of a BrowserWindow (the unit test passes a fake). */
export interface FlushableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
  webContents: { send(channel: string, ...args: unknown[]): void; isDestroyed(): boolean; isCrashed(): boolean };
}

export const FLUSH_TIMEOUT_MS = 3000;

/**
 * Closing the window (or quitting, which closes it) first asks the renderer
 * to write its backup and save the learner's place, waits for the answer or
 * the timeout, whichever comes first, then closes for real. A renderer that
 * has crashed or hangs never keeps the app open.
 *
 * Returns the function that guards one window.
 */
export function setupFlushOnClose(ipcMain: Pick<IpcMain, 'handle'>, timeoutMs = FLUSH_TIMEOUT_MS): (win: FlushableWindow) => void {
  const waiting = new Map<number, () => void>();
  let lastToken = 0;

  ipcMain.handle(CHANNELS.flushDone, (event, ...args: unknown[]) => {
    assertTrustedSender(event);
    const token = v.safeParse(FlushToken, args[0]);
    if (!token.success || args.length !== 1) throw new IpcRefusal(`refused: invalid payload for ${CHANNELS.flushDone}`);
    const done = waiting.get(token.output);
    done?.();
    return !!done;
  });

  return (win) => {
    let state: 'open' | 'flushing' | 'closing' = 'open';
    win.on('close', (event) => {
      if (state === 'closing') return;
      event.preventDefault();
      if (state === 'flushing') return;
      state = 'flushing';
      const token = ++lastToken;
      const finish = () => {
        if (state !== 'flushing') return;
        state = 'closing';
        clearTimeout(timer);
        waiting.delete(token);
        if (!win.isDestroyed()) win.close();
      };
      const timer = setTimeout(finish, timeoutMs);
      waiting.set(token, finish);
      try {
        if (win.webContents.isDestroyed() || win.webContents.isCrashed()) return finish();
        win.webContents.send(EVENTS.flushRequest, token);
      } catch {
        finish();
      }
    });
  };
}
