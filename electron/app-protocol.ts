import type { Protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './origin.js';
import { RESPONSE_CSP } from './csp.js';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.md': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Must run before the app is ready: a standard, secure scheme gets a real origin and IndexedDB. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/**
 * Maps app://pathway-explorer/<path> to a file inside rendererDir, or null
 * for any other host, an encoded or literal "..", or a path that would leave
 * the directory.
 */
export function resolveAppPath(rendererDir: string, url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.split(/[\\/]/).includes('..')) return null;
  if (path === '/' || path === '') path = '/index.html';
  const root = normalize(rendererDir + sep);
  const full = normalize(join(root, path));
  return full.startsWith(root) ? full : null;
}

export function setupAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string, read = readFile): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const path = resolveAppPath(rendererDir, request.url);
    if (!path) return new Response('Not found', { status: 404 });
    try {
      const body = await read(path);
      return new Response(new Uint8Array(body), {
        headers: {
          'content-type': MIME[extname(path).toLowerCase()] ?? 'application/octet-stream',
          'content-security-policy': RESPONSE_CSP,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
