/**
 * The renderer's one origin. It never changes between versions, so the
 * IndexedDB that holds a learner's progress is found again after updates
 * (file:// or a changing port would each be a new, empty origin).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'pathway-explorer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && !u.username && !u.password;
  } catch {
    return false;
  }
}
