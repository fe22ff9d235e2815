import { select, zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';

export interface Viewport {
  k: number;
  x: number;
  y: number;
}

type Rect = { x: number; y: number; w: number; h: number };

export interface ZoomController {
  /**
   * Shows the whole drawing, unless that would shrink it below `minScale`
   * (labels too small to read): then it shows a readable part of it, centred
   * on `focus` (the current step) and kept within the drawing.
   */
  fit(bounds: Rect, width: number, height: number, options?: { animate?: boolean; focus?: Rect; minScale?: number }): void;
  scaleBy(factor: number): void;
  destroy(): void;
}

export interface ZoomHooks {
  /** Every frame of a pan or zoom: keep this cheap (it runs at pointer rate). */
  change(v: Viewport, user: boolean): void;
  /** The gesture is over (pointer up, wheel idle, transition done). */
  settle?(v: Viewport): void;
}

/**
 * d3-zoom computes pan and zoom from pointer and wheel input on `target`; the
 * caller moves what is drawn. Keyboard focus inside the diagram is never
 * hijacked (arrow keys belong to node navigation).
 */
export function attachZoom(target: Element, hooks: ZoomHooks, reducedMotion: () => boolean): ZoomController {
  const view = (t: ZoomTransform): Viewport => ({ k: t.k, x: t.x, y: t.y });
  const behaviour: ZoomBehavior<Element, unknown> = zoom<Element, unknown>()
    .scaleExtent([0.08, 6])
    .filter((event: Event) => (event.type === 'wheel' ? true : !(event as MouseEvent).button) && event.type !== 'dblclick')
    .on('zoom', (event: { transform: ZoomTransform; sourceEvent: unknown }) => hooks.change(view(event.transform), !!event.sourceEvent))
    .on('end', (event: { transform: ZoomTransform }) => hooks.settle?.(view(event.transform)));
  const selection = select(target).call(behaviour).on('dblclick.zoom', null);
  const duration = () => (reducedMotion() ? 0 : 350);
  return {
    fit(b, width, height, { animate = false, focus, minScale = 0 } = {}) {
      if (!width || !height || !b.w || !b.h) return;
      // Never blow a small pathway up beyond a comfortable reading size, nor shrink it below a readable one.
      const k = Math.max(Math.min(width / b.w, height / b.h, 1.15), Math.min(minScale, 1.15));
      const t = zoomIdentity.translate(...fitOffsets(b, width, height, k, focus)).scale(k);
      if (animate && duration()) selection.transition().duration(duration()).call(behaviour.transform, t);
      else selection.call(behaviour.transform, t);
    },
    scaleBy(factor) {
      if (duration()) selection.transition().duration(duration()).call(behaviour.scaleBy, factor);
      else selection.call(behaviour.scaleBy, factor);
    },
    destroy() {
      selection.on('.zoom', null);
      selection.interrupt();
    },
  };
}

/** Translation that centres the drawing, or, where it does not fit, centres `focus` without leaving the drawing. */
export function fitOffsets(b: Rect, width: number, height: number, k: number, focus?: Rect): [number, number] {
  const axis = (size: number, start: number, extent: number, f0: number | undefined, fSize: number | undefined) => {
    if (extent * k <= size || f0 === undefined || fSize === undefined) return (size - extent * k) / 2 - start * k;
    const centred = size / 2 - (f0 + fSize / 2) * k;
    return Math.min(-start * k, Math.max(size - (start + extent) * k, centred)) + 0; // + 0: no negative zero
  };
  return [axis(width, b.x, b.w, focus?.x, focus?.w), axis(height, b.y, b.h, focus?.y, focus?.h)];
}

/**
 * Moves a composited layer holding the drawing, without touching the drawing:
 * the browser only recomposites while panning. After a zoom the layer is
 * re-rasterised once at the new scale, so text is crisp again when it stops.
 * `origin` is the drawing's top-left in layout units (its viewBox origin).
 */
export function layerMover(layer: HTMLElement, origin: () => { x: number; y: number }) {
  let rasterK = 0;
  let pending = 0;
  return {
    move(v: Viewport): void {
      const o = origin();
      layer.style.transform = `translate(${v.x + v.k * o.x}px, ${v.y + v.k * o.y}px) scale(${v.k})`;
    },
    sharpen(v: Viewport): void {
      if (v.k === rasterK) return;
      rasterK = v.k;
      cancelAnimationFrame(pending);
      layer.style.willChange = 'auto';
      pending = requestAnimationFrame(() => (layer.style.willChange = 'transform'));
    },
    destroy(): void {
      cancelAnimationFrame(pending);
    },
  };
}
