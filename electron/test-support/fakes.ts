// Fiddle-style fakes: just enough of Electron's objects to drive our setup functions in Node.
type Listener = (...args: any[]) => unknown;

export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, fn: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
    return this;
  }
  once(event: string, fn: Listener) {
    return this.on(event, fn);
  }
  emit(event: string, ...args: unknown[]) {
    for (const fn of this.listeners.get(event) ?? []) fn(...args);
  }
}

export class FakeContents extends FakeEmitter {
  windowOpenHandler?: (details: { url: string }) => { action: string };
  setWindowOpenHandler(fn: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = fn;
  }
  /** Fires a cancellable event and reports whether a listener cancelled it. */
  fire(event: string, ...args: unknown[]): boolean {
    let prevented = false;
    this.emit(event, { preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  }
}

export class FakeIpcMain {
  readonly handlers = new Map<string, (event: any, ...args: any[]) => unknown>();
  handle(channel: string, fn: (event: any, ...args: any[]) => unknown) {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, fn);
  }
  async invoke(channel: string, frame: { url: string; parent: unknown } | null, ...args: unknown[]) {
    const fn = this.handlers.get(channel);
    if (!fn) throw new Error(`no handler for ${channel}`);
    return fn({ senderFrame: frame }, ...args);
  }
}

export const appFrame = { url: 'app://pathway-explorer/index.html', parent: null };
