import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setupFlushOnClose, type FlushableWindow } from './quit-flush.js';
import { CHANNELS, EVENTS } from './ipc-contract.js';
import { appFrame, FakeEmitter, FakeIpcMain } from './test-support/fakes.js';

/** A window whose close() re-emits 'close' the way Electron does, and closes unless prevented. */
class FakeWindow extends FakeEmitter implements FlushableWindow {
  closed = false;
  sent: unknown[][] = [];
  webContents = {
    send: (...args: unknown[]) => void this.sent.push(args),
    isDestroyed: () => false,
    isCrashed: () => false,
  };
  close() {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.closed = true;
  }
  isDestroyed() {
    return this.closed;
  }
}

let ipc: FakeIpcMain;
let guard: (w: FlushableWindow) => void;
beforeEach(() => {
  vi.useFakeTimers();
  ipc = new FakeIpcMain();
  guard = setupFlushOnClose(ipc, 3000);
});
afterEach(() => vi.useRealTimers());

describe('closing the window asks the page to save first', () => {
  it('holds the close, sends one flush request, and closes when the page answers', async () => {
    const win = new FakeWindow();
    guard(win);
    win.close();
    win.close(); // a second click while waiting changes nothing
    expect(win.closed).toBe(false);
    expect(win.sent).toEqual([[EVENTS.flushRequest, 1]]);
    expect(await ipc.invoke(CHANNELS.flushDone, appFrame, 1)).toBe(true);
    expect(win.closed).toBe(true);
  });

  it('closes after the timeout when the page never answers (a hung renderer never keeps the app open)', () => {
    const win = new FakeWindow();
    guard(win);
    win.close();
    vi.advanceTimersByTime(2999);
    expect(win.closed).toBe(false);
    vi.advanceTimersByTime(1);
    expect(win.closed).toBe(true);
  });

  it('closes at once when the page has crashed', () => {
    const win = new FakeWindow();
    win.webContents.isCrashed = () => true;
    guard(win);
    win.close();
    expect(win.sent).toEqual([]);
    expect(win.closed).toBe(true);
  });

  it('ignores an answer with a token it did not send, and refuses anyone but the app', async () => {
    const win = new FakeWindow();
    guard(win);
    win.close();
    expect(await ipc.invoke(CHANNELS.flushDone, appFrame, 99)).toBe(false);
    await expect(ipc.invoke(CHANNELS.flushDone, appFrame, 'all')).rejects.toThrow(/invalid payload/);
    await expect(ipc.invoke(CHANNELS.flushDone, { url: 'https://evil.example/', parent: null }, 1)).rejects.toThrow(/unknown sender/);
    expect(win.closed).toBe(false);
    expect(await ipc.invoke(CHANNELS.flushDone, appFrame, 1)).toBe(true);
    expect(win.closed).toBe(true);
  });
});
