import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { satisfiesRange } from './satisfies-range.mjs';

describe('satisfiesRange', () => {
  it.each([
    // [version, range, expected]
    ['20.19.0', '>=20.19', true],
    ['20.20.2', '>=20.19', true],
    ['22.0.0', '>=20.19', true],
    ['20.18.3', '>=20.19', false],
    ['18.20.4', '>=20.19', false],
    ['v20.19.0', '>=20.19', true],
    ['22.12.0', '^20.19 || >=22.12', true],
    ['22.11.0', '^20.19 || >=22.12', false],
    ['20.19.5', '^20.19 || >=22.12', true],
    ['21.0.0', '^20.19 || >=22.12', false],
    ['20.19.9', '>=20.19 <20.20', true],
    ['20.20.0', '>=20.19 <20.20', false],
    ['20.19.2', '~20.19.1', true],
    ['20.20.0', '~20.19.1', false],
    ['20.99.0', '20.x', true],
    ['21.0.0', '20', false],
    ['21.0.0', '>20', true],
    ['20.99.9', '>20', false],
    ['20.99.9', '<=20', true],
    ['0.2.9', '^0.2', true],
    ['0.3.0', '^0.2', false],
    ['0.0.4', '^0.0.3', false],
    ['1.2.3', '*', true],
    ['1.2.3', '', true],
  ])('%s in "%s" is %s', (version, range, expected) => {
    expect(satisfiesRange(version, range)).toBe(expected);
  });

  it.each([
    ['20.19.0', '1.2.3 - 2.3.4'],
    ['20.19.0', '>= 20'],
    ['20.19.0', 'latest'],
    ['not a version', '>=20'],
  ])('cannot read %s against "%s", so says null rather than guess', (version, range) => {
    expect(satisfiesRange(version, range)).toBeNull();
  });

  it('reads the range this project declares', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(satisfiesRange('20.19.0', pkg.engines.node)).toBe(true);
    expect(satisfiesRange('18.20.0', pkg.engines.node)).toBe(false);
  });
});
