import type { StrengthLevel } from '../core/srs/strength.ts';
import type { CompartmentBox, NodeBox } from './layout-types.ts';
import { textWidth } from './text-metrics.ts';

/**
 * Where memory badges go so that none covers a tag (a node's kind, top left;
 * its state, bottom right; state variables on its top edge), another node, a
 * complex's or compartment's name or another badge. Sizes are layout units,
 * the tag geometry that DiagramNode draws (keep the two in step).
 */

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Relative to the node's top-left corner. */
export const kindTagRect = (tag: string): Rect => ({ x: 8, y: -7, w: tag.length * 5.6 + 10, h: 13 });
export const stateTagRect = (tag: string, node: { w: number; h: number }): Rect => ({ x: node.w - tag.length * 6.2 - 12, y: node.h - 6, w: tag.length * 6.2 + 14, h: 15 });
/** The i-th state variable ("P", "Y204") on the top edge, from the right. */
export const stateVarRect = (i: number, node: { w: number }): Rect => ({ x: node.w - 21 - i * 30, y: -8, w: 26, h: 15 });
/** A complex drawn around its members carries its name above its top-left corner. */
export const containerLabelRect = (lines: readonly string[]): Rect => ({ x: 6, y: -24, w: textWidth(lines.join(' ')) + 8, h: 22 });

export const BADGE_H = 20;
export const BADGE_FONT = 12.5;
/** Padding, the three-bar meter and the gap before the word. */
const BADGE_LEAD = 26;

/** The word the badge shows for each level (a new card gets no badge). */
export const BADGE_WORD: Record<Exclude<StrengthLevel, 'new'>, string> = { strong: 'strong', shaky: 'shaky', forgotten: 'forgotten' };

/** Badge width for its word (bold text runs about 8% wider than regular). */
export const badgeWidth = (word: string): number => Math.ceil(BADGE_LEAD + textWidth(word, BADGE_FONT) * 1.08 + 9);

const area = (a: Rect, b: Rect, gap = 2): number => {
  const w = Math.min(a.x + a.w, b.x + b.w) + gap - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) + gap - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
};

/**
 * Spots around a node, best first: astride the top edge at the right; astride
 * the bottom edge at the left; just above; just below; beside, right and left.
 */
function spots(node: { w: number; h: number }, w: number): { x: number; y: number }[] {
  return [
    { x: node.w - w + 8, y: -11 },
    { x: -8, y: node.h - 9 },
    { x: node.w - w + 8, y: -BADGE_H - 10 },
    { x: -8, y: node.h + 12 },
    { x: node.w + 6, y: (node.h - BADGE_H) / 2 },
    { x: -w - 6, y: (node.h - BADGE_H) / 2 },
  ];
}

export interface BadgeNode {
  /** `container` (a complex drawn around its members) and `states` (state variables) where the layout has them. */
  box: NodeBox & { container?: boolean; states?: readonly string[] };
  id: string;
  kindTag?: string | null;
  stateTag?: string | null;
}

export interface PlacedBadge {
  id: string;
  level: Exclude<StrengthLevel, 'new'>;
  /** Absolute position and size, layout units. */
  rect: Rect;
}

const compartmentLabelRect = (c: CompartmentBox): Rect => ({ x: c.x + 10, y: c.y + 8, w: textWidth(c.label.toUpperCase(), 13) * 1.2 + 8, h: 18 });

/**
 * Every badge of a drawing, placed in turn: each takes the first spot around
 * its node clear of every tag, node, compartment name and badge already
 * placed, or, when none is clear, the spot it overlaps least.
 */
export function placeBadges(nodes: readonly BadgeNode[], levels: ReadonlyMap<string, StrengthLevel>, compartments: readonly CompartmentBox[] = []): PlacedBadge[] {
  const abs = (b: NodeBox, r: Rect): Rect => ({ ...r, x: b.x - b.w / 2 + r.x, y: b.y - b.h / 2 + r.y });
  const tagsOf = (n: BadgeNode): Rect[] => [
    ...(n.box.container ? [abs(n.box, containerLabelRect(n.box.lines))] : n.kindTag ? [abs(n.box, kindTagRect(n.kindTag))] : []),
    ...(n.stateTag ? [abs(n.box, stateTagRect(n.stateTag, n.box))] : []),
    ...(n.box.states ?? []).map((_, i) => abs(n.box, stateVarRect(i, n.box))),
  ];
  const fixed = [...nodes.flatMap(tagsOf), ...compartments.map(compartmentLabelRect)];
  // A complex's outline is not in the way: its members (and their badges) sit inside it.
  const boxes = nodes.filter((n) => !n.box.container).map((n) => ({ id: n.id, rect: abs(n.box, { x: 0, y: 0, w: n.box.w, h: n.box.h }) }));
  const placed: PlacedBadge[] = [];
  for (const n of nodes) {
    const level = levels.get(n.id);
    if (!level || level === 'new') continue;
    const w = badgeWidth(BADGE_WORD[level]);
    const near = (r: Rect) => Math.abs(r.x + r.w / 2 - n.box.x) < r.w / 2 + n.box.w / 2 + w + 20 && Math.abs(r.y + r.h / 2 - n.box.y) < r.h / 2 + n.box.h / 2 + 60;
    const obstacles = [...fixed, ...boxes.filter((b) => b.id !== n.id).map((b) => b.rect), ...placed.map((p) => p.rect)].filter(near);
    const cost = (r: Rect) => obstacles.reduce((s, o) => s + area(r, o), 0);
    let best: Rect | undefined;
    let bestCost = Infinity;
    for (const spot of spots(n.box, w)) {
      const r = abs(n.box, { ...spot, w, h: BADGE_H });
      const c = cost(r);
      if (c < bestCost) [best, bestCost] = [r, c];
      if (c === 0) break;
    }
    placed.push({ id: n.id, level, rect: best! });
  }
  return placed;
}
