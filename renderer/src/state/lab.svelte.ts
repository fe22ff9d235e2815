import type { DetailLevel, Intervention } from '../core/pack/schema.ts';
import type { PackIndex } from '../core/graph/pack-index.ts';
import { runLab, type LabRun } from '../core/sim/compare.ts';
import { gradePredictions } from '../core/sim/grade.ts';
import { Player } from './player.svelte.ts';

export type LabPhase = 'predict' | 'results';

/** The blocker lab: chosen interventions, the learner's prediction, the run and its grade. */
export class LabState {
  selected = $state<string[]>([]);
  stimulus = $state(true);
  phase = $state<LabPhase>('predict');
  /** Readouts the learner expects to survive. */
  predictedKept = $state<string[]>([]);
  readonly player: Player;

  constructor(private readonly index: () => PackIndex | undefined) {
    this.player = new Player(index);
    this.player.detail = 'advanced';
  }

  /** The lab draws at the player's detail level. */
  get detail(): DetailLevel {
    return this.player.detail;
  }

  interventions = $derived.by((): Intervention[] => {
    const pack = this.index()?.pack;
    return pack ? this.selected.map((id) => pack.interventions.find((i) => i.id === id)).filter((i): i is Intervention => !!i) : [];
  });
  run = $derived.by((): LabRun | undefined => {
    const idx = this.index();
    return idx ? runLab(idx, this.interventions, { detail: this.detail, stimulus: this.stimulus }) : undefined;
  });
  grade = $derived(this.run && this.phase === 'results' ? gradePredictions(this.run, new Set(this.predictedKept)) : undefined);

  toggle(id: string): void {
    this.selected = this.selected.includes(id) ? this.selected.filter((s) => s !== id) : [...this.selected, id];
    this.reset();
    // Interventions on advanced-only parts need the advanced drawing to be seen.
    const idx = this.index();
    if (idx && this.interventions.some((iv) => iv.targets.some((t) => ('node' in t ? idx.node(t.node).detail : idx.edges.get(t.edge)?.detail) === 'advanced'))) {
      this.setDetail('advanced');
    }
  }

  setDetail(detail: DetailLevel): void {
    this.player.detail = detail;
    this.player.seek(this.player.count - 1);
  }

  predict(node: string, kept: boolean): void {
    this.predictedKept = kept ? [...new Set([...this.predictedKept, node])] : this.predictedKept.filter((n) => n !== node);
  }

  /** Run: grade the prediction and replay the cascade from the start. */
  start(reducedMotion: boolean): void {
    this.phase = 'results';
    if (reducedMotion) this.player.seek(this.player.count - 1);
    else {
      this.player.speed = 2;
      this.player.stepIndex = 0;
      this.player.play();
    }
  }

  reset(): void {
    this.phase = 'predict';
    this.player.pause();
    this.player.seek(this.player.count - 1);
  }
}
