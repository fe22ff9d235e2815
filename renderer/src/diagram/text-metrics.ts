/** Label metrics in layout units, without a DOM (so layout also runs in workers and tests). */
export const FONT_SIZE = 17;
export const LINE_HEIGHT = 20;
const PAD_X = 13;
const PAD_Y = 9;
const MAX_LINE = 158;
const MIN_WIDTH = 70;

const NARROW = new Set([...'iljtfrI.,:;!|\'()[]/ ']);
const WIDE = new Set([...'mwMW@%']);

/** Approximate advance width of Liberation Sans / Arial at FONT_SIZE. */
export function textWidth(text: string, size = FONT_SIZE): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.3;
    else if (WIDE.has(ch)) em += 0.85;
    else if (ch >= 'A' && ch <= 'Z') em += 0.66;
    else if (ch >= '0' && ch <= '9') em += 0.56;
    else em += 0.54;
  }
  return em * size;
}

/** Greedy wrap at spaces, slashes and hyphens, so long labels become two or three short lines. */
export function wrapLabel(label: string, max = MAX_LINE): string[] {
  const tokens = label.match(/[^\s/-]*[/-]|[^\s/-]+|\s+/g) ?? [label];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line && /\S/.test(token) && textWidth(candidate.trimEnd()) > max) {
      lines.push(line.trim());
      line = token.trimStart();
    } else line = candidate;
  }
  if (line.trim()) lines.push(line.trim());
  return lines.length ? lines : [label];
}

export function nodeSize(label: string): { w: number; h: number; lines: string[] } {
  const lines = wrapLabel(label);
  const w = Math.max(MIN_WIDTH, Math.ceil(Math.max(...lines.map((l) => textWidth(l))) + 2 * PAD_X));
  const h = Math.ceil(lines.length * LINE_HEIGHT + 2 * PAD_Y);
  return { w, h, lines };
}

/**
 * A label in a box of given width (an imported diagram's own node size): wrapped
 * to fit, and the box made tall enough for the lines if it is not already.
 */
export function fitLabel(label: string, w: number, h: number): { w: number; h: number; lines: string[] } {
  const lines = wrapLabel(label, Math.max(40, w - 2 * PAD_X));
  return { w, h: Math.max(h, Math.ceil(lines.length * LINE_HEIGHT + 2 * PAD_Y)), lines };
}
