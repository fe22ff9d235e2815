import { browserPlatform } from './browser-platform.ts';
import { desktopPlatform } from './desktop-platform.ts';
import { PRELOAD_GLOBAL, type Platform, type PreloadApi } from './platform.ts';

/** The host: the desktop shell's preload API if the page has one, else the browser. */
export function choosePlatform(): Platform {
  const desktop = (globalThis as Record<string, unknown>)[PRELOAD_GLOBAL];
  return desktop ? desktopPlatform(desktop as PreloadApi) : browserPlatform();
}
