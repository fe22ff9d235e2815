import type { BundleReader } from '../store/seed.ts';
import type { ExportKind, ImportedFile, ImportKind } from '../../../electron/host-contract.ts';

// What the host and the page agree on is defined once, in the host contract.
export { IMPORT_KINDS, LIMITS, PRELOAD_GLOBAL, isAllowedExternalUrl as isAllowedLink } from '../../../electron/host-contract.ts';
export type { ExportKind, ImportedFile, ImportKind, PreloadApi } from '../../../electron/host-contract.ts';

/**
 * Everything the renderer needs from its host. Two implementations: the
 * desktop shell (preload API) and a plain browser (same-origin fetch, file
 * input, download). The rest of the renderer is identical in both.
 */
export interface Platform {
  kind: 'desktop' | 'browser';
  bundle: BundleReader;
  openImportFile(kind: ImportKind): Promise<ImportedFile | null>;
  /** A file the learner dropped on the window, read as text (refused by size first). */
  readDroppedFile(file: File): Promise<ImportedFile>;
  saveExport(name: string, kind: ExportKind, data: string | Uint8Array): Promise<boolean>;
  /** Opens an allowlisted https link outside the app; false if refused. */
  openExternal(url: string): Promise<boolean>;
  appVersion(): Promise<string>;
  /** Durable copies of learner progress outside IndexedDB (desktop: the app's data folder). */
  backup: BackupStore;
  /**
   * Desktop: called when the window is about to close or the app to quit; the
   * shell waits (with a timeout) for the promise. A browser has no such
   * moment beyond `pagehide`, so it never calls back.
   */
  onFlushRequest(callback: () => Promise<void>): void;
}

/** Where automatic backups live. Names are opaque: only ever ones that list() returned. */
export interface BackupStore {
  /** Words for messages: where the copies are kept. */
  where: string;
  /** Stored copies, newest first (a browser keeps one). */
  list(): Promise<string[]>;
  read(name: string): Promise<string | null>;
  /**
   * Stores a new copy, rejecting with the reason when it cannot. A browser
   * writes before this returns, so it also works inside `pagehide`.
   */
  write(json: string): Promise<void>;
  /** Moves a copy that cannot be read out of the way, keeping it; resolves to its new name. */
  setAside(name: string): Promise<string>;
}
