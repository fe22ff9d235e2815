import type { App, Session, WebContents } from 'electron';
import { isAppUrl } from './origin.js';
import { isAllowedExternalUrl } from './host-contract.js';

type Contents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * The window may only ever show the app's own origin. Navigations away are
 * cancelled; new windows are denied, and an allowlisted https link opens
 * in the system browser instead. Webviews are never attached.
 */
export function guardContents(contents: Contents, openExternal: (url: string) => void): void {
  const stayHome = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}

export function setupNavigationGuards(app: Pick<App, 'on'>, openExternal: (url: string) => void): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents, openExternal));
}

/**
 * Permissions (camera, notifications, …) are all refused, and any request
 * that is not for the app's own scheme is cancelled: the app makes no
 * network requests at all.
 */
export function setupSessionPolicy(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    callback({ cancel: !(isAppUrl(details.url) || details.url.startsWith('devtools:')) });
  });
}
