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

/** Copies the presentation styles of `from` (live, styled) onto `to` (a deep clone of it). */
function inlineStyles(from: Element, to: Element): void {
  const src = [from, ...from.querySelectorAll('*')];
  const dst = [to, ...to.querySelectorAll('*')];
  src.forEach((s, i) => {
    const d = dst[i] as SVGElement;
    const cs = getComputedStyle(s);
    for (const p of PROPS) {
      const v = cs.getPropertyValue(p);
      if (v) d.style.setProperty(p, v);
    }
    if (s.tagName === 'text' && cs.textTransform === 'uppercase') d.textContent = (s.textContent ?? '').toUpperCase();
    d.removeAttribute('tabindex');
  });
}

const PAD = 12;

/**
 * A standalone SVG of the drawing as it is now (current step, states), at its
 * natural size, with a title, a subtitle and the complete legend below it —
 * all inside the viewBox, styles inlined.
 */
export function standaloneSvg(
  svg: SVGSVGElement,
  legend: { g: SVGGElement; width: number; height: number },
  layout: Layout,
  title: string,
  subtitle: string,
  theme: 'light' | 'dark' | 'screen' = 'light',
): string {
  // Styles are read in the chosen theme: the page's theme is switched and restored within this
  // one task, so nothing is painted in between.
  const root = document.documentElement;
  const shown = root.dataset.theme;
  if (theme !== 'screen') root.dataset.theme = theme;
  let clone: SVGSVGElement, legendClone: SVGGElement, colours: Record<string, string>;
  try {
    clone = svg.cloneNode(true) as SVGSVGElement;
    inlineStyles(svg, clone);
    legendClone = legend.g.cloneNode(true) as SVGGElement;
    inlineStyles(legend.g, legendClone);
    const style = getComputedStyle(svg);
    colours = Object.fromEntries(['--paper', '--ink', '--ink-2'].map((n) => [n, style.getPropertyValue(n).trim()]));
  } finally {
    if (shown === undefined) delete root.dataset.theme;
    else root.dataset.theme = shown;
  }
  const v = (name: string) => colours[name]!;
  const b = layout.bounds;
  const head = 56;
  const width = Math.max(b.w, legend.width + 2 * PAD);
  const top = b.y - head;
  const legendTop = b.y + b.h + 24;
  const height = head + b.h + 24 + 26 + legend.height + PAD;
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('viewBox', `${b.x} ${top} ${width} ${height}`);
  clone.setAttribute('width', String(Math.ceil(width)));
  clone.setAttribute('height', String(Math.ceil(height)));
  clone.removeAttribute('class');
  clone.removeAttribute('role');
  clone.insertBefore(el('rect', { x: b.x, y: top, width, height, fill: v('--paper') }), clone.firstChild);
  const font = 'Liberation Serif, Georgia, serif';
  clone.append(el('text', { x: b.x + PAD, y: top + 24, 'font-family': font, 'font-size': 20, 'font-weight': 700, fill: v('--ink') }, title));
  clone.append(el('text', { x: b.x + PAD, y: top + 46, 'font-family': 'Liberation Sans, Arial, sans-serif', 'font-size': 14, fill: v('--ink-2') }, subtitle));
  clone.append(el('text', { x: b.x + PAD, y: legendTop + 14, 'font-family': 'Liberation Sans, Arial, sans-serif', 'font-size': 15, 'font-weight': 700, fill: v('--ink') }, 'Legend'));
  legendClone.setAttribute('transform', `translate(${b.x + PAD},${legendTop + 26})`);
  legendClone.setAttribute('font-family', 'Liberation Sans, Arial, sans-serif');
  clone.append(legendClone);
  clone.insertBefore(el('title', {}, `${title} — ${subtitle}`), clone.firstChild);
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
