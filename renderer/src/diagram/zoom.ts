import { select, zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';

export interface Viewport {
  k: number;
  x: number;
  y: number;
}

export interface ZoomController {
  fit(bounds: { x: number; y: number; w: number; h: number }, width: number, height: number, animate?: boolean): void;
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
    fit(b, width, height, animate = false) {
      if (!width || !height || !b.w || !b.h) return;
      // Never blow a small pathway up beyond a comfortable reading size.
      const k = Math.min(width / b.w, height / b.h, 1.15);
      const t = zoomIdentity.translate((width - b.w * k) / 2 - b.x * k, (height - b.h * k) / 2 - b.y * k).scale(k);
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
