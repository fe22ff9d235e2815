import { describe, expect, it } from 'vitest';

// The layers, checked on the source itself: a rule broken here fails the suite.
const sources = import.meta.glob(['./**/*.ts', './**/*.svelte', '!./**/*.test.ts', '!./core/test-fixtures.ts'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const importsOf = (text: string) => [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);
const files = Object.entries(sources).map(([path, text]) => ({ path: path.slice(2), imports: importsOf(text) }));
const under = (dir: string) => files.filter((f) => f.path.startsWith(dir));
const offenders = (list: typeof files, bad: (spec: string) => boolean) => list.flatMap((f) => f.imports.filter(bad).map((spec) => `${f.path} imports ${spec}`));

describe('the layers of the renderer', () => {
  it('reads every source file', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.find((f) => f.path === 'state/app.svelte.ts')?.imports).toContain('../store/cards.ts');
  });

  it('keeps the domain core pure: no DOM framework, store, D3, Electron, Node or app layers', () => {
    expect(offenders(under('core/'), (s) => /^(svelte|dexie|d3|electron|node:)/.test(s) || /\/(store|state|views|diagram|platform|lib)\//.test(s))).toEqual([]);
  });

  it('keeps views and shared components away from the store: they read data through the state layer', () => {
    const ui = [...under('views/'), ...under('lib/'), ...files.filter((f) => f.path === 'App.svelte')];
    expect(offenders(ui, (s) => s === 'dexie' || /\/store\//.test(s))).toEqual([]);
  });

  it('uses Dexie only in the store, D3 only in the diagram layer, and never Electron', () => {
    expect(offenders(files.filter((f) => !f.path.startsWith('store/')), (s) => s === 'dexie')).toEqual([]);
    expect(offenders(files.filter((f) => !f.path.startsWith('diagram/')), (s) => s === 'd3' || s.startsWith('d3-'))).toEqual([]);
    expect(offenders(files, (s) => s === 'electron' || s.startsWith('electron/'))).toEqual([]);
  });

  it('reaches the host contract only through the platform bridge', () => {
    expect(offenders(files.filter((f) => !f.path.startsWith('platform/')), (s) => s.includes('electron/host-contract'))).toEqual([]);
  });
});
