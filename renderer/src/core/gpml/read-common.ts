import type { GpmlBox, GpmlPathway, GpmlSchema, GroupStyle } from './gpml-model.ts';
import { childNamed, type XmlElement } from './xml-front-door.ts';
import { cleanText } from './text.ts';

/** A finite number from an attribute, or the fallback (GPML writers leave some out). */
export function num(raw: string | undefined, fallback = 0): number {
  if (raw === undefined) return fallback;
  const n = Number.parseFloat(raw);
  return Number.isFinite(n) ? n : fallback;
}

/** Attribute lookup tolerant of the two generations' spelling (CenterX vs centerX). */
export function attr(el: XmlElement | undefined, name: string): string | undefined {
  if (!el) return undefined;
  const a = el.attrs;
  return a[name] ?? a[name[0]!.toLowerCase() + name.slice(1)] ?? a[name[0]!.toUpperCase() + name.slice(1)];
}

/** The centred box of an element's Graphics child; sizes of at least 1 px. */
export function boxOf(el: XmlElement): GpmlBox | undefined {
  const g = childNamed(el, 'Graphics');
  if (!g || attr(g, 'CenterX') === undefined) return undefined;
  return {
    cx: num(attr(g, 'CenterX')),
    cy: num(attr(g, 'CenterY')),
    w: Math.max(1, Math.abs(num(attr(g, 'Width'), 1))),
    h: Math.max(1, Math.abs(num(attr(g, 'Height'), 1))),
  };
}

/** Synthesises ids for elements written without one, never colliding with a real id. */
export class IdMaker {
  private n = 0;
  constructor(private readonly taken: Set<string>) {}
  next(kind: string): string {
    let id: string;
    do id = `${kind}-auto-${++this.n}`;
    while (this.taken.has(id));
    this.taken.add(id);
    return id;
  }
}

/** Every id attribute in the document, so synthesised ids avoid them. */
export function allIds(root: XmlElement, names: readonly string[]): Set<string> {
  const out = new Set<string>();
  const stack = [root];
  while (stack.length) {
    const el = stack.pop()!;
    for (const n of names) if (el.attrs[n]) out.add(el.attrs[n]);
    stack.push(...el.children);
  }
  return out;
}

/** Group styles of both generations in one vocabulary (2021 renamed Group→Transparent, None→Group). */
export function groupStyle(raw: string | undefined, schema: GpmlSchema): GroupStyle {
  const s = (raw ?? '').trim().toLowerCase();
  if (s === 'complex') return 'complex';
  if (s === 'pathway') return 'pathway';
  if (s === 'analog') return 'analog';
  if (s === 'paralog') return 'paralog';
  if (schema === '2013a') return s === 'group' ? 'group' : s === '' || s === 'none' ? 'none' : 'other';
  return s === 'transparent' ? 'group' : s === 'group' || s === '' || s === 'none' ? 'none' : 'other';
}

/** "WP2380" and "141011" from "WP2380_r141011". */
export function splitVersion(raw: string | undefined): { wpId?: string; revision?: string } {
  const m = /^(WP\d{1,7})(?:_r(\d{1,9}))?$/.exec((raw ?? '').trim());
  return m ? { wpId: m[1], revision: m[2] } : {};
}

export const textOf = (el: XmlElement | undefined): string => cleanText(el?.text);

export function emptyPathway(schema: GpmlSchema): GpmlPathway {
  return {
    schema, title: '', organism: '', authors: [], description: '',
    dataNodes: [], states: [], labels: [], shapes: [], groups: [], interactions: [],
    graphicalLines: 0, citations: [], pathwayCitations: [], ignored: {},
  };
}

export function countIgnored(p: GpmlPathway, what: string): void {
  p.ignored[what] = (p.ignored[what] ?? 0) + 1;
}

/** True for fills that let what is underneath show through. */
export function isTransparent(fill: string | undefined): boolean {
  if (!fill) return true;
  const f = fill.trim().toLowerCase();
  return f === 'transparent' || f === '' || (/^[0-9a-f]{8}$/.test(f) && f.endsWith('00'));
}
