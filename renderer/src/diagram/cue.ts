import { easeCubicInOut, easeLinear, select, type Selection } from 'd3';
import type { EdgeEvent } from './step-schedule.ts';

export interface CueJob {
  path: SVGPathElement;
  event: EdgeEvent;
  /** Milliseconds from the start of the step. */
  delay: number;
  duration: number;
  /** For a halt on a cut edge: the signal stops at the cut mark, half way. */
  haltAt?: number;
}

type Layer = Selection<SVGGElement, unknown, null, undefined>;

/** A copy of the edge drawn over it, revealed (or erased) from source to target. */
function sweep(g: Layer, job: CueJob, length: number, kind: 'grow' | 'erase', tone: string) {
  const start = kind === 'grow' ? length : 0;
  const end = kind === 'grow' ? 0 : -length;
  g.append('path')
    .attr('class', `cue-sweep ${tone}`)
    .attr('d', job.path.getAttribute('d'))
    .attr('stroke-dasharray', `${length} ${length}`)
    .attr('stroke-dashoffset', start)
    .attr('opacity', kind === 'grow' ? 0 : 1)
    .transition('cue')
    .delay(job.delay)
    .duration(job.duration)
    .ease(easeLinear)
    .attr('opacity', 1)
    .attr('stroke-dashoffset', end)
    .transition()
    .duration(160)
    .attr('opacity', 0)
    .remove();
}

/** The travelling signal: a bright dot with a soft glow, in the signal colour, not the edge's. */
function dot(g: Layer, job: CueJob, length: number, tone: string, stopAt = 1) {
  const p0 = job.path.getPointAtLength(0);
  const cue = g.append('g').attr('class', `cue ${tone}`).attr('transform', `translate(${p0.x},${p0.y})`).attr('opacity', 0);
  cue.append('circle').attr('class', 'cue-glow').attr('r', 13);
  cue.append('circle').attr('class', 'cue-core').attr('r', 6.5);
  cue.transition('cue')
    .delay(job.delay)
    .duration(job.duration * stopAt)
    .ease(easeCubicInOut)
    .attr('opacity', 1)
    .attrTween('transform', () => (t: number) => {
      const p = job.path.getPointAtLength(t * stopAt * length);
      return `translate(${p.x},${p.y})`;
    })
    .transition()
    .duration(job.event === 'halt' ? 600 : 200)
    .attr('opacity', 0)
    .remove();
}

/** A mark at the end of the edge when the signal lands: a bar for an inhibition, a ring for a brake lifting, a wall for a halt. */
function landing(g: Layer, job: CueJob, length: number, shape: 'bar' | 'ring' | 'wall', at = 1) {
  const p = job.path.getPointAtLength(at * length);
  const q = job.path.getPointAtLength(Math.max(0, at * length - 4));
  const angle = (Math.atan2(p.y - q.y, p.x - q.x) * 180) / Math.PI;
  const mark = g.append('g').attr('class', `cue-landing ${shape}`).attr('transform', `translate(${p.x},${p.y}) rotate(${angle})`).attr('opacity', 0);
  if (shape === 'ring') mark.append('circle').attr('r', 6);
  else mark.append('line').attr('x1', 0).attr('x2', 0).attr('y1', -12).attr('y2', 12);
  mark.transition('cue')
    .delay(job.delay + job.duration * at)
    .duration(180)
    .attr('opacity', 1)
    .transition()
    .duration(700)
    .attr('opacity', 0)
    .remove();
}

/**
 * Plays one step's events on the cue layer: signals travel and the edge fills
 * behind them; signals that stop drain away; inhibitions strike with their
 * bar; lifted brakes release. `light`: the dots alone. Returns a teardown
 * that stops everything.
 */
export function playStep(layer: SVGGElement, jobs: readonly CueJob[], light = false): () => void {
  const g: Layer = select(layer);
  g.selectAll('*').interrupt('cue').remove();
  for (const job of jobs) {
    const length = job.path.getTotalLength();
    if (!length) continue;
    // A figure of hundreds of nodes (light): only the travelling dots, since sweeps and landings repaint large areas every frame.
    if (light) {
      if (job.event === 'flow' || job.event === 'inhibit') dot(g, job, length, job.event === 'inhibit' ? 'inhibiting' : 'activating');
      else if (job.event === 'halt') dot(g, job, length, 'activating', job.haltAt ?? 1);
      continue;
    }
    switch (job.event) {
      case 'flow':
        sweep(g, job, length, 'grow', 'activating');
        dot(g, job, length, 'activating');
        break;
      case 'inhibit':
        sweep(g, job, length, 'grow', 'inhibiting');
        dot(g, job, length, 'inhibiting');
        landing(g, job, length, 'bar');
        break;
      case 'drain':
        sweep(g, job, length, 'erase', 'activating');
        break;
      case 'lift':
        sweep(g, job, length, 'erase', 'inhibiting');
        landing(g, job, length, 'ring');
        break;
      case 'halt':
        dot(g, job, length, 'activating', job.haltAt ?? 1);
        landing(g, job, length, 'wall', job.haltAt ?? 1);
        break;
      case 'quiet':
        break;
    }
  }
  return () => {
    g.selectAll('*').interrupt('cue').interrupt().remove();
  };
}
