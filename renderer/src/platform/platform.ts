import type { BundleReader } from '../store/seed.ts';
import { browserPlatform } from './browser-platform.ts';
import { desktopPlatform, type PreloadApi } from './desktop-platform.ts';

export type ImportKind = 'pack' | 'figure' | 'backup' | 'any';
export type ExportKind = 'svg' | 'png' | 'json' | 'txt' | 'sbgn';

/**
 * Everything the renderer needs from its host. Two implementations: the
 * desktop shell (preload API) and a plain browser (same-origin fetch, file
 * input, download). The rest of the renderer is identical in both.
 */
export interface Platform {
  kind: 'desktop' | 'browser';
  bundle: BundleReader;
  openImportFile(kind: ImportKind): Promise<{ name: string; text: string } | null>;
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

export const MAX_IMPORT_CHARS = 5 * 1024 * 1024;

/** Hosts the app may link to (the desktop shell re-checks its own copy). */
const LINK_HOSTS = new Set(['pmc.ncbi.nlm.nih.gov', 'www.ncbi.nlm.nih.gov', 'pubmed.ncbi.nlm.nih.gov', 'doi.org', 'www.genenames.org', 'pfocr.wikipathways.org', 'www.wikipathways.org']);

export function isAllowedLink(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && LINK_HOSTS.has(u.hostname) && !u.port && !u.username && !u.password;
  } catch {
    return false;
  }
}

let current: Platform | undefined;

/** The host, chosen once: the desktop preload API if present, else the browser. */
export async function platform(): Promise<Platform> {
  if (current) return current;
  const desktop = (globalThis as { pathwayExplorer?: unknown }).pathwayExplorer;
  current = desktop ? desktopPlatform(desktop as PreloadApi) : browserPlatform();
  return current;
}

/** The host once chosen (after platform() resolved at start-up), for synchronous event handlers. */
export const currentPlatform = (): Platform | undefined => current;
