// D3 stays in the diagram layer: the Progress view's charts take their scales and ticks from here.
export { line, scaleBand, scaleLinear, scalePoint } from 'd3';
import { ticks } from 'd3';

/**
 * Ticks for an axis of counts from 0 to `max`: whole numbers only, so an
 * empty chart (max 1) reads 0 and 1, never 0.2, 0.4…
 */
export function countTicks(max: number, count = 4): number[] {
  return ticks(0, Math.max(1, max), count).filter(Number.isInteger);
}
