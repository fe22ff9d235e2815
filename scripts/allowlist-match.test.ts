import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { entryProblems, matchAllowlist, type AllowEntry } from './allowlist-match.mjs';

const source: Record<string, string[]> = {
  'electron/main.js': ['', 'void shell.openExternal(url);', 'shell.openExternal(other);'],
  'renderer/app/index-abc.js': ['x', 'openExternal:t=>e.openExternal(t),appVersion'],
};
const lineOf = (file: string, line: number) => source[file]?.[line - 1] ?? '';
const entry = (over: Partial<AllowEntry>): AllowEntry => ({ check: 'OPEN_EXTERNAL_JS_CHECK', file: 'electron/main.js', snippet: 'void shell.openExternal(url)', why: 'reviewed', ...over });
const f = (file: string, line: number, check = 'OPEN_EXTERNAL_JS_CHECK') => ({ check, file, line });

describe('an allowlist entry covers one piece of code, not a whole file', () => {
  const cases: [string, AllowEntry, ReturnType<typeof f>, boolean][] = [
    ['the snippet on the finding\'s line', entry({}), f('electron/main.js', 2), true],
    ['another call in the same file', entry({}), f('electron/main.js', 3), false],
    ['another check on the same line', entry({}), f('electron/main.js', 2, 'PRELOAD_JS_CHECK'), false],
    ['a glob for a hashed bundle name, with its snippet', entry({ file: 'renderer/app/index-*.js', snippet: 'openExternal:t=>e.openExternal(t)' }), f('renderer/app/index-abc.js', 2), true],
    ['a line number instead of a snippet', entry({ snippet: undefined, line: 3 }), f('electron/main.js', 3), true],
    ['the wrong line number', entry({ snippet: undefined, line: 2 }), f('electron/main.js', 3), false],
  ];
  it.each(cases)('%s → %s', (_name, e, finding, covered) => {
    expect(matchAllowlist([e], [finding], lineOf).justified.has(finding)).toBe(covered);
  });

  it('an entry that covers nothing is reported as unused', () => {
    const stale = entry({ snippet: 'shell.openExternal(removedCode)' });
    expect(matchAllowlist([entry({}), stale], [f('electron/main.js', 2)], lineOf).unused).toEqual([stale]);
  });

  it.each([
    [{ check: 'X', file: 'a.js', why: 'w' }, /give the code it justifies/],
    [{ check: 'X', file: 'a.js', snippet: 'open(', why: 'w' }, /too short/],
    [{ file: 'a.js', snippet: 'long enough', why: 'w' }, /"check" is required/],
    [{ check: 'X', file: 'a.js', snippet: 'long enough' }, /"why" is required/],
  ])('a malformed entry is refused: %j', (e, message) => {
    expect(entryProblems([e]).join('\n')).toMatch(message);
  });

  it('the project\'s allowlist is well-formed', () => {
    expect(entryProblems(JSON.parse(readFileSync('electron/electronegativity-allowlist.json', 'utf8')).entries)).toEqual([]);
  });
});
