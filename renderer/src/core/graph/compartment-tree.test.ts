import { describe, expect, it } from 'vitest';
import { CompartmentTree } from './compartment-tree.ts';

// ecs ⊃ post ⊃ er; ecs ⊃ int; beh on its own.
const tree = new CompartmentTree([
  { id: 'ecs' }, { id: 'post', parent: 'ecs' }, { id: 'er', parent: 'post' }, { id: 'int', parent: 'ecs' }, { id: 'beh' },
]);

describe('compartment tree', () => {
  it.each([
    ['er', ['post', 'ecs'], 2, 'ecs/post/er'],
    ['int', ['ecs'], 1, 'ecs/int'],
    ['beh', [], 0, 'beh'],
  ])('%s: ancestors, depth and path', (id, ancestors, depth, path) => {
    expect(tree.ancestors(id)).toEqual(ancestors);
    expect(tree.depth(id)).toBe(depth);
    expect(tree.path(id)).toBe(path);
  });

  it.each([
    ['er', 'ecs', true],
    ['ecs', 'er', true],
    ['er', 'er', true],
    ['er', 'int', false],
    ['beh', 'ecs', false],
  ])('related(%s, %s) is %s', (a, b, expected) => expect(tree.related(a, b)).toBe(expected));

  it('adds ancestors to a set of compartments', () => {
    expect([...tree.withAncestors(['er', 'beh'])].sort()).toEqual(['beh', 'ecs', 'er', 'post']);
  });

  it('survives a cycle and an unknown parent in bad input', () => {
    const bad = new CompartmentTree([{ id: 'a', parent: 'b' }, { id: 'b', parent: 'a' }, { id: 'c', parent: 'nowhere' }]);
    expect(bad.ancestors('a')).toEqual(['b']);
    expect(bad.ancestors('c')).toEqual(['nowhere']);
  });
});
