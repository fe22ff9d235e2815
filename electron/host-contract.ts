/**
 * The one definition of what the app's two processes agree on: IPC channel
 * names, the file kinds a dialog offers, size limits, which links may open
 * outside, and the shape of the API the preload exposes. Main (compiled),
 * the sandboxed preload (bundled, so it can import this) and the renderer's
 * platform bridge all import it; nothing here may use Node, Electron or the
 * DOM.
 */

export const CHANNELS = {
  bundleManifest: 'bundle:manifest',
  bundleRead: 'bundle:read',
  openImport: 'file:open-import',
  saveExport: 'file:save-export',
  openExternal: 'link:open-external',
  appVersion: 'app:version',
  backupWrite: 'backup:write',
  backupRead: 'backup:read',
  backupList: 'backup:list',
  backupSetAside: 'backup:set-aside',
  flushDone: 'app:flush-done',
} as const;

/** What main sends to the renderer (the preload turns each into one intent-named callback). */
export const EVENTS = {
  flushRequest: 'app:flush-request',
} as const;

/** The global the preload defines in the page. */
export const PRELOAD_GLOBAL = 'pathwayExplorer';

export const LIMITS = {
  /** A pack, a figure record or a GPML file chosen by the learner. */
  importBytes: 5 * 1024 * 1024,
  backupBytes: 50 * 1024 * 1024,
  exportBytes: 50 * 1024 * 1024,
  bundleBytes: 5 * 1024 * 1024,
} as const;

/** What an import dialog offers, and the file extensions of each (without the dot). */
export const IMPORT_KINDS = {
  pack: { name: 'Pathway pack', extensions: ['json'] },
  figure: { name: 'PFOCR figure record', extensions: ['md', 'yml', 'yaml', 'txt'] },
  gpml: { name: 'WikiPathways pathway', extensions: ['gpml', 'xml'] },
  backup: { name: 'Progress backup', extensions: ['json'] },
  any: { name: 'Pathways, packs and figure records', extensions: ['json', 'gpml', 'xml', 'md', 'yml', 'yaml', 'txt'] },
} as const;
export type ImportKind = keyof typeof IMPORT_KINDS;
export const IMPORT_KIND_NAMES = Object.keys(IMPORT_KINDS) as ImportKind[];

export const EXPORT_KINDS = ['svg', 'png', 'json', 'txt', 'sbgn'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** Files main may read from the bundle besides bundled.json: the packs and figure records it lists. */
export const BUNDLE_FILE = { packs: /^packs\/[A-Za-z0-9_.-]{1,120}$/, figures: /^figures\/[A-Za-z0-9_.-]{1,120}$/ } as const;
export const isBundleFile = (file: string): boolean => !file.includes('..') && (BUNDLE_FILE.packs.test(file) || BUNDLE_FILE.figures.test(file));

/**
 * Links that may open in the system browser: https only, exact hosts of the
 * sources the app cites (PubMed Central, PubMed, DOI, NCBI Gene, HGNC,
 * WikiPathways and PFOCR). Everything else is refused, in main and in the page.
 */
export const EXTERNAL_HOSTS: ReadonlySet<string> = new Set([
  'pmc.ncbi.nlm.nih.gov',
  'www.ncbi.nlm.nih.gov',
  'pubmed.ncbi.nlm.nih.gov',
  'doi.org',
  'www.genenames.org',
  'pfocr.wikipathways.org',
  'www.wikipathways.org',
  // The identifiers.org resolver: database identifiers of imported pathways (Ensembl, UniProt, ChEBI…).
  'identifiers.org',
]);

export function isAllowedExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length > 2048) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return u.protocol === 'https:' && EXTERNAL_HOSTS.has(u.hostname) && u.port === '' && !u.username && !u.password;
}

export interface ImportedFile {
  name: string;
  text: string;
}

/** Exactly what the preload exposes on window.pathwayExplorer: intent-named functions, never ipcRenderer. */
export interface PreloadApi {
  bundleManifest(): Promise<string>;
  readBundled(file: string): Promise<string>;
  openImportFile(kind: ImportKind): Promise<ImportedFile | null>;
  saveExport(name: string, kind: ExportKind, data: string | Uint8Array): Promise<boolean>;
  openExternal(url: string): Promise<boolean>;
  appVersion(): Promise<string>;
  /** Writes a new backup generation; resolves to its file name. */
  writeBackup(json: string): Promise<string>;
  /** Backup file names, newest first. */
  listBackups(): Promise<string[]>;
  readBackup(name: string): Promise<string | null>;
  /** Renames a backup that cannot be read so nothing overwrites or prunes it; resolves to its new name. */
  setAsideBackup(name: string): Promise<string>;
  /** Before the window closes, main asks the page to save; the callback's promise settling is the answer. */
  onFlushRequest(callback: () => Promise<void>): void;
}
