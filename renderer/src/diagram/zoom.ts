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

/**
 * d3-zoom computes pan and zoom from pointer and wheel input; Svelte draws.
 * Keyboard focus inside the diagram is never hijacked (arrow keys belong to
 * node navigation).
 */
export function attachZoom(svg: SVGSVGElement, onChange: (v: Viewport, user: boolean) => void, reducedMotion: () => boolean): ZoomController {
  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.15, 6])
    .filter((event: Event) => (event.type === 'wheel' ? true : !(event as MouseEvent).button) && event.type !== 'dblclick')
    .on("zoom", (event: { transform: ZoomTransform; sourceEvent: unknown }) => onChange({ k: event.transform.k, x: event.transform.x, y: event.transform.y }, !!event.sourceEvent));
  const selection = select(svg).call(behaviour).on('dblclick.zoom', null);
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
