import type { Layout } from './layout-types.ts';

// Presentation properties copied from the live drawing, so the file looks the
// same outside the app (where our stylesheet does not exist).
const PROPS = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'stroke-opacity',
  'opacity', 'font-size', 'font-weight', 'font-family', 'font-style', 'text-anchor', 'letter-spacing', 'paint-order', 'display',
];
const SVG_NS = 'http://www.w3.org/2000/svg';

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The legend, drawn in SVG with the figure's own markers and colours. */
function legend(prefix: string, x: number, y: number, colors: { ink: string; edge: string; on: string; off: string; block: string; model: string; fill: string; onFill: string }): SVGGElement {
  const g = el('g', { transform: `translate(${x},${y})`, 'font-family': 'Liberation Sans, Arial, sans-serif', 'font-size': 14 }) as SVGGElement;
  g.append(el('text', { x: 0, y: 0, 'font-weight': 700, fill: colors.ink }, 'Legend'));
  const arcs: [string, string, string][] = [
    ['positive', 'positive influence', colors.edge],
    ['negative', 'negative influence', colors.edge],
    ['necessary', 'necessary stimulation', colors.edge],
    ['unknown', 'unknown influence', colors.edge],
  ];
  arcs.forEach(([kind, text, color], i) => {
    const yy = 24 + i * 22;
    g.append(el('path', { d: `M0,${yy} H44`, stroke: color, 'stroke-width': 1.8, fill: 'none', 'marker-end': `url(#${prefix}-${kind}-base)` }));
    g.append(el('text', { x: 56, y: yy + 5, fill: colors.ink }, text));
  });
  g.append(el('path', { d: 'M0,112 H44', stroke: colors.edge, 'stroke-width': 1.8, 'stroke-dasharray': '8 5', fill: 'none', 'marker-end': `url(#${prefix}-positive-base)` }));
  g.append(el('text', { x: 56, y: 117, fill: colors.ink }, "dashed, labelled model: the authors' model"));
  const states: [string, Record<string, string | number>][] = [
    ['active', { fill: colors.onFill, stroke: colors.on, 'stroke-width': 2.6 }],
    ['inactive (hatched, "off")', { fill: `url(#${prefix}-hatch)`, stroke: colors.off, 'stroke-dasharray': '5 3' }],
    ['blocked by an intervention', { fill: `url(#${prefix}-hatch)`, stroke: colors.block, 'stroke-width': 2.6 }],
    ['not reached yet', { fill: colors.fill, stroke: colors.edge, opacity: 0.3 }],
  ];
  states.forEach(([text, style], i) => {
    const xx = 380;
    const yy = 14 + i * 26;
    g.append(el('rect', { x: xx, y: yy, width: 44, height: 18, rx: 4, ...style }));
    g.append(el('text', { x: xx + 56, y: yy + 14, fill: colors.ink }, text));
  });
  return g;
}

/**
 * A standalone SVG of the drawing as it is now (current step, states), at
 * its natural size with a title and the legend, styles inlined.
 */
export function standaloneSvg(svg: SVGSVGElement, layout: Layout, prefix: string, title: string, subtitle: string): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = svg.querySelectorAll('*');
  const to = clone.querySelectorAll('*');
  from.forEach((src, i) => {
    const dst = to[i] as SVGElement;
    const cs = getComputedStyle(src);
    for (const p of PROPS) {
      const v = cs.getPropertyValue(p);
      if (v) dst.style.setProperty(p, v);
    }
    if (src.tagName === 'text' && cs.textTransform === 'uppercase') dst.textContent = (src.textContent ?? '').toUpperCase();
    dst.removeAttribute('tabindex');
  });
  const root = clone.querySelector(':scope > g');
  root?.removeAttribute('transform');

  const style = getComputedStyle(svg);
  const v = (name: string) => style.getPropertyValue(name).trim();
  const b = layout.bounds;
  const head = 56;
  const legendH = 130;
  const top = b.y - head;
  const height = b.h + head + legendH;
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('viewBox', `${b.x} ${top} ${b.w} ${height}`);
  clone.setAttribute('width', String(Math.round(b.w)));
  clone.setAttribute('height', String(Math.round(height)));
  clone.removeAttribute('class');
  clone.insertBefore(el('rect', { x: b.x, y: top, width: b.w, height, fill: v('--paper') }), clone.firstChild);
  const font = 'Liberation Serif, Georgia, serif';
  clone.append(el('text', { x: b.x + 12, y: top + 24, 'font-family': font, 'font-size': 20, 'font-weight': 700, fill: v('--ink') }, title));
  clone.append(el('text', { x: b.x + 12, y: top + 46, 'font-family': 'Liberation Sans, Arial, sans-serif', 'font-size': 14, fill: v('--ink-2') }, subtitle));
  clone.append(legend(prefix, b.x + 12, b.y + b.h + 24, {
    ink: v('--ink'), edge: v('--edge'), on: v('--on'), off: v('--off-ink'), block: v('--block'), model: v('--model'), fill: v('--node-fill'), onFill: v('--on-fill'),
  }));
  const titleEl = el('title', {}, `${title} — ${subtitle}`);
  clone.insertBefore(titleEl, clone.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

/** Rasterises an SVG string to PNG bytes (2× for print) through a canvas. */
export async function svgToPng(svgText: string, scale = 2): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(img.naturalWidth * scale);
    canvas.height = Math.round(img.naturalHeight * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the image could not be encoded');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
