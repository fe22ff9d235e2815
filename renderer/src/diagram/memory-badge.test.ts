import { describe, expect, it } from 'vitest';
import { PackIndex } from '../core/graph/pack-index.ts';
import { ketaminePack } from '../core/test-fixtures.ts';
import { handLayout } from './hand-layout.ts';
import { BADGE_H, BADGE_WORD, badgeWidth, containerLabelRect, kindTagRect, placeBadges, stateTagRect, stateVarRect, type BadgeNode, type PlacedBadge, type Rect } from './memory-badge.ts';
import { KIND_TAG } from './glyphs.ts';
import { NODE_TAG } from './diagram-view.ts';
import type { NodeBox } from './layout-types.ts';
import type { StrengthLevel } from '../core/srs/strength.ts';

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const abs = (b: NodeBox, r: Rect): Rect => ({ ...r, x: b.x - b.w / 2 + r.x, y: b.y - b.h / 2 + r.y });

/** Every badge that covers another node, any tag or another badge. */
function clashes(nodes: BadgeNode[], placed: PlacedBadge[]): string[] {
  const out: string[] = [];
  for (const p of placed) {
    for (const n of nodes) {
      if (n.id !== p.id && !n.box.container && overlap(p.rect, abs(n.box, { x: 0, y: 0, w: n.box.w, h: n.box.h }))) out.push(`${p.id} covers node ${n.id}`);
      if (n.box.container && overlap(p.rect, abs(n.box, containerLabelRect(n.box.lines)))) out.push(`${p.id} covers the name of complex ${n.id}`);
      (n.box.states ?? []).forEach((_, i) => overlap(p.rect, abs(n.box, stateVarRect(i, n.box))) && out.push(`${p.id} covers state variable ${i} of ${n.id}`));
      if (n.kindTag && !n.box.container && overlap(p.rect, abs(n.box, kindTagRect(n.kindTag)))) out.push(`${p.id} covers the kind tag of ${n.id}`);
      if (n.stateTag && overlap(p.rect, abs(n.box, stateTagRect(n.stateTag, n.box)))) out.push(`${p.id} covers the state tag of ${n.id}`);
    }
    for (const q of placed) if (q !== p && overlap(p.rect, q.rect)) out.push(`${p.id} covers the badge of ${q.id}`);
  }
  return out;
}

describe('memory badge placement', () => {
  it('never covers its own node’s kind tag or state tag, for any node size, tags and word', () => {
    const kindTags = [null, ...new Set(Object.values(KIND_TAG))];
    const stateTags = [null, ...Object.values(NODE_TAG)];
    const levels = Object.keys(BADGE_WORD) as Exclude<StrengthLevel, 'new'>[];
    let cases = 0;
    for (const w of [70, 84, 100, 120, 150, 184]) for (const h of [38, 58, 78]) for (const kindTag of kindTags) for (const stateTag of stateTags) for (const level of levels) {
      const box: NodeBox = { id: 'n', x: 300, y: 300, w, h, lines: ['n'] };
      const [b] = placeBadges([{ id: 'n', box, kindTag, stateTag }], new Map([['n', level]]));
      const what = `${w}×${h} ${kindTag}/${stateTag}/${level}`;
      if (kindTag) expect(overlap(b!.rect, abs(box, kindTagRect(kindTag))), what).toBe(false);
      if (stateTag) expect(overlap(b!.rect, abs(box, stateTagRect(stateTag, box))), what).toBe(false);
      expect(b!.rect.h).toBe(BADGE_H);
      cases++;
    }
    expect(cases).toBeGreaterThan(1000);
  });

  it.each<[string, { w: number; h: number }, string | null, string | null, 'top-right' | 'bottom-left' | 'above']>([
    ['a wide node: astride the top edge, right', { w: 184, h: 38 }, 'receptor', 'blocked', 'top-right'],
    ['a narrow node with a long kind tag: astride the bottom edge', { w: 84, h: 38 }, 'growth factor', null, 'bottom-left'],
    ['a narrow node with both tags: above', { w: 84, h: 38 }, 'growth factor', 'forced on', 'above'],
  ])('%s', (_, size, kindTag, stateTag, where) => {
    const box: NodeBox = { id: 'n', x: 0, y: 0, ...size, lines: ['n'] };
    const [b] = placeBadges([{ id: 'n', box, kindTag, stateTag }], new Map([['n', 'forgotten']]));
    const top = b!.rect.y - (box.y - box.h / 2);
    expect(top < -BADGE_H ? 'above' : top < 0 ? 'top-right' : 'bottom-left').toBe(where);
  });

  it('moves away from a neighbour below and from another badge', () => {
    // Two narrow nodes stacked tightly: the upper one's spots astride its edges are taken or touch the lower one.
    const a: NodeBox = { id: 'a', x: 100, y: 100, w: 84, h: 38, lines: ['a'] };
    const b: NodeBox = { id: 'b', x: 100, y: 150, w: 84, h: 38, lines: ['b'] };
    const nodes: BadgeNode[] = [{ id: 'a', box: a, kindTag: 'growth factor' }, { id: 'b', box: b, kindTag: 'receptor', stateTag: 'off' }];
    const placed = placeBadges(nodes, new Map([['a', 'shaky'], ['b', 'forgotten']]));
    expect(placed).toHaveLength(2);
    expect(clashes(nodes, placed)).toEqual([]);
  });

  it('keeps clear of state variables on the top edge, and of a complex’s name, not of the complex around its members', () => {
    const complex: BadgeNode = { id: 'cx', box: { id: 'cx', x: 200, y: 200, w: 340, h: 140, lines: ['mTORC1 complex'], container: true }, kindTag: 'complex' };
    const members: BadgeNode[] = [
      // No kind tag: only the state variables keep the badge off its top right.
      { id: 'm1', box: { id: 'm1', x: 110, y: 200, w: 150, h: 38, lines: ['mTOR'], states: ['P', 'S2448'] } },
      { id: 'm2', box: { id: 'm2', x: 290, y: 200, w: 140, h: 38, lines: ['Raptor'] }, kindTag: 'protein' },
    ];
    const nodes = [complex, ...members];
    const placed = placeBadges(nodes, new Map([['cx', 'strong'], ['m1', 'shaky'], ['m2', 'forgotten']]));
    expect(placed).toHaveLength(3);
    expect(clashes(nodes, placed)).toEqual([]);
    // m2 has nothing on its top right: its badge goes there, inside the complex's outline.
    const m2 = placed.find((p) => p.id === 'm2')!;
    expect(m2.rect.y).toBeLessThan(members[1]!.box.y - members[1]!.box.h / 2);
  });

  it.each(['basic', 'advanced'] as const)('on the ketamine figure (%s), with the widest badge and state tag everywhere: no badge covers a tag, another node or another badge', (detail) => {
    const index = new PackIndex(ketaminePack());
    const layout = handLayout(index, detail);
    const nodes: BadgeNode[] = [...layout.nodes.values()].map((box) => ({ id: box.id, box, kindTag: KIND_TAG[index.node(box.id).kind], stateTag: 'forced on' }));
    const placed = placeBadges(nodes, new Map(nodes.map((n) => [n.id, 'forgotten' as const])), layout.compartments);
    expect(placed).toHaveLength(nodes.length);
    expect(clashes(nodes, placed)).toEqual([]);
  });

  it('sizes the badge to its word', () => {
    expect(badgeWidth('forgotten')).toBeGreaterThan(badgeWidth('shaky'));
  });
});
