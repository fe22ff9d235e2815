import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';

const config = createRequire(import.meta.url)('../electron-builder.config.cjs');

describe('release build configuration', () => {
  it('sets the Electron fuses for a hardened binary', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });
  it('builds installers for Linux, Windows and macOS with an app id and icon', () => {
    expect(config.appId).toMatch(/^[a-z][\w.-]+\.[\w.-]+$/);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.icon).toBe('assets/build/icon.png');
    expect(config.files).toContain('dist/**/*');
  });
});
