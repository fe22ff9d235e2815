import type { DetailLevel } from '../core/pack/schema.ts';
import type { PackIndex } from '../core/graph/pack-index.ts';
import { stepIndexFor, timeline, type TimelineFrame } from '../core/graph/timeline.ts';

export const SPEEDS = [0.5, 0.75, 1, 1.5, 2] as const;
/** Time a step stays on screen at 1×, long enough to read its narration. */
const DWELL_MS = 4200;

/** The cascade player: which step, which detail level, playing or not. */
export class Player {
  detail = $state<DetailLevel>('basic');
  stepIndex = $state(0);
  playing = $state(false);
  speed = $state(1);

  constructor(private readonly index: () => PackIndex | undefined) {}

  frames = $derived.by((): TimelineFrame[] => {
    const idx = this.index();
    return idx ? timeline(idx, this.detail) : [];
  });
  count = $derived(this.frames.length);
  frame = $derived(this.frames[Math.min(this.stepIndex, Math.max(0, this.frames.length - 1))]);
  atEnd = $derived(this.stepIndex >= this.count - 1);
  dwellMs = $derived(DWELL_MS / this.speed);

  seek(k: number): void {
    this.stepIndex = Math.max(0, Math.min(this.count - 1, Math.round(k)));
  }
  next(): void {
    this.seek(this.stepIndex + 1);
  }
  previous(): void {
    this.seek(this.stepIndex - 1);
  }
  restart(): void {
    this.playing = false;
    this.stepIndex = 0;
  }
  play(): void {
    if (this.atEnd) this.stepIndex = 0;
    this.playing = true;
  }
  pause(): void {
    this.playing = false;
  }
  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }
  /** Called by the playback timer. */
  advance(): void {
    if (this.atEnd) this.playing = false;
    else this.next();
  }
  /** Change detail level, staying on the same step where it exists (else the last one before it). */
  setDetail(detail: DetailLevel): void {
    const stepId = this.frame?.step.id;
    this.detail = detail;
    const idx = this.index();
    this.stepIndex = idx ? stepIndexFor(idx, detail, stepId) : 0;
  }
  /** Show a step by id, switching to Advanced if only Advanced has it. */
  goto(stepId: string): void {
    const step = this.index()?.steps.get(stepId);
    if (!step) return;
    if (step.detail === 'advanced') this.detail = 'advanced';
    const i = this.frames.findIndex((f) => f.step.id === stepId);
    if (i >= 0) this.seek(i);
  }
  /** Restore a remembered place (step id and detail level) in the open pack. */
  restore(detail: DetailLevel, stepId: string | undefined): void {
    this.playing = false;
    this.detail = detail;
    const idx = this.index();
    this.stepIndex = idx ? stepIndexFor(idx, detail, stepId) : 0;
  }
}
