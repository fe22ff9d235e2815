import { easeCubicInOut, select } from 'd3';

/**
 * Signal cues: a dot travels along each of the step's edges in causal
 * direction, one after another. Returns a teardown that stops them.
 */
export function playCues(layer: SVGGElement, paths: SVGPathElement[], msPerEdge: number): () => void {
  const g = select(layer);
  g.selectAll('*').interrupt().remove();
  paths.forEach((path, i) => {
    const length = path.getTotalLength();
    if (!length) return;
    const start = path.getPointAtLength(0);
    g.append('circle')
      .attr('class', 'cue')
      .attr('r', 6)
      .attr('cx', start.x)
      .attr('cy', start.y)
      .attr('opacity', 0)
      .transition('cue')
      .delay(i * msPerEdge * 0.55)
      .duration(msPerEdge)
      .ease(easeCubicInOut)
      .attr('opacity', 1)
      .attrTween('cx', () => (t: number) => String(path.getPointAtLength(t * length).x))
      .attrTween('cy', () => (t: number) => String(path.getPointAtLength(t * length).y))
      .transition()
      .duration(220)
      .attr('opacity', 0)
      .remove();
  });
  return () => {
    g.selectAll('*').interrupt('cue').interrupt().remove();
  };
}
