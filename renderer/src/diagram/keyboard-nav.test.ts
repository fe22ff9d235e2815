import { describe, expect, it } from 'vitest';
import { PackIndex } from '../core/graph/pack-index.ts';
import { checkPack } from '../core/pack/validate-pack.ts';
import { tinyPackRaw } from '../core/test-fixtures.ts';
import { NodeNavigator } from './keyboard-nav.ts';

// S → A → B → OUT, A → D → OUT, C ⊣ B (see tinyPackRaw).
function setup(drawn = (_: string) => true) {
  const r = checkPack(tinyPackRaw());
  if (!r.ok) throw new Error('fixture invalid');
  const log = { focus: [] as string[], select: [] as string[], said: [] as string[] };
  const nav = new NodeNavigator(() => ({
    index: new PackIndex(r.value), detail: 'basic', drawn,
    focus: (id) => log.focus.push(id), select: (id) => log.select.push(id), announce: (t) => log.said.push(t),
  }));
  return { nav, log };
}

describe('keyboard travel along the pathway', () => {
  it.each([
    ['Enter', 'A', { select: ['A'], focus: [] }],
    [' ', 'A', { select: ['A'], focus: [] }],
    ['ArrowRight', 'S', { select: [], focus: ['A'] }],
    ['ArrowLeft', 'B', { select: [], focus: ['A'] }],
  ])('%j on %s', (key, node, expected) => {
    const { nav, log } = setup();
    expect(nav.key(key, node)).toBe(true);
    expect({ select: log.select, focus: log.focus }).toEqual(expected);
  });

  it('offers the other branches with the down arrow and says how many there are', () => {
    const { nav, log } = setup();
    nav.key('ArrowRight', 'A');
    expect(log.said.at(-1)).toMatch(/^Downstream: B \(activates\)\. 2 choices/);
    nav.key('ArrowDown', 'B');
    expect(log.focus).toEqual(['B', 'D']);
    expect(log.said.at(-1)).toBe('D, 2 of 2 downstream of A.');
    nav.key('ArrowUp', 'D');
    expect(log.focus.at(-1)).toBe('B');
  });

  it('says when there is nothing to go to, and skips nodes not drawn', () => {
    const { nav, log } = setup((id) => id !== 'A');
    nav.key('ArrowRight', 'S');
    expect(log.focus).toEqual([]);
    expect(log.said).toEqual(['Nothing downstream of S.']);
    nav.key('ArrowDown', 'S');
    expect(log.said.at(-1)).toBe('No other choices here.');
  });

  it('leaves other keys alone', () => {
    const { nav } = setup();
    expect(nav.key('a', 'S')).toBe(false);
  });
});
