import { IMPORT_KINDS, LIMITS, isAllowedLink, type ExportKind, type ImportKind, type Platform } from './platform.ts';
import { localStorageBackups } from './local-backup-store.ts';
import { readUserFile } from './read-file.ts';

const accept = (kind: ImportKind) => IMPORT_KINDS[kind].extensions.map((e) => `.${e}`).join(',');
const MIME: Record<ExportKind, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  json: 'application/json',
  txt: 'text/plain',
  sbgn: 'application/xml',
};

async function fetchText(path: string): Promise<string> {
  // Same-origin only: the bundle is served next to index.html.
  const res = await fetch(new URL(path, document.baseURI), { cache: 'no-cache' });
  if (!res.ok) throw new Error(`could not load ${path} (${res.status})`);
  return res.text();
}


export function browserPlatform(): Platform {
  return {
    kind: 'browser',
    bundle: { manifest: () => fetchText('bundled.json'), read: (file) => fetchText(file) },
    readDroppedFile: (file) => readUserFile(file),
    openImportFile: (kind) =>
      new Promise((resolve, reject) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = accept(kind);
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          if (!file) return resolve(null);
          readUserFile(file, kind === 'backup' ? LIMITS.backupBytes : LIMITS.importBytes).then(resolve, reject);
        });
        input.addEventListener('cancel', () => resolve(null));
        input.click();
      }),
    saveExport: async (name, kind, data) => {
      const blob = new Blob([data as BlobPart], { type: MIME[kind] });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      return true;
    },
    openExternal: async (url) => {
      if (!isAllowedLink(url)) return false;
      window.open(url, '_blank', 'noopener,noreferrer');
      return true;
    },
    appVersion: async () => import.meta.env.VITE_APP_VERSION ?? 'dev',
    // A browser has no app data folder; local storage is the separate store.
    backup: localStorageBackups(() => localStorage),
    onFlushRequest: () => {},
  };
}
