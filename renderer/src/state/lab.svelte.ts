import type { DetailLevel, Intervention } from '../core/pack/schema.ts';
import type { PackIndex } from '../core/graph/pack-index.ts';
import { runLab, type LabRun } from '../core/sim/compare.ts';
import { expectedOutcomes } from '../core/sim/expected.ts';
import { gradeLab, labRows, type LabRow, type Prediction } from '../core/sim/grade.ts';
import { Player } from './player.svelte.ts';

/**
 * predict: tools are chosen and outcomes predicted, nothing of the result is shown;
 * replay: the cascade plays under the tools and stops where they stop it;
 * results: kept and lost are revealed next to each prediction, graded.
 */
export type LabPhase = 'predict' | 'replay' | 'results';

/** The blocker lab, PhET-style: choose, predict, run, then see and explain. */
export class LabState {
  selected = $state<string[]>([]);
  stimulus = $state(true);
  phase = $state<LabPhase>('predict');
  /** The learner's prediction per readout; none is filled in for them. */
  predictions = $state<Record<string, Prediction>>({});
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
  /** The readouts to predict and, once run, their outcomes and keys (published where a single tool's experiment measured them). */
  rows = $derived.by((): LabRow[] => {
    const idx = this.index();
    if (!idx || !this.run) return [];
    const only = this.interventions.length === 1 ? expectedOutcomes(idx.pack, this.interventions[0]!) : undefined;
    return labRows(this.run, only, this.stimulus);
  });
  grade = $derived(this.phase === 'results' ? gradeLab(this.rows, new Map(Object.entries(this.predictions))) : undefined);
  /** Something to test (a tool, or the stimulus left out) and a prediction for every readout ("not sure" counts). */
  ready = $derived((this.interventions.length > 0 || !this.stimulus) && this.rows.every((r) => this.predictions[r.result.readout.node]));

  toggle(id: string): void {
    this.selected = this.selected.includes(id) ? this.selected.filter((s) => s !== id) : [...this.selected, id];
    this.newQuestion();
  }

  setStimulus(on: boolean): void {
    this.stimulus = on;
    this.newQuestion();
  }

  predict(node: string, prediction: Prediction): void {
    this.predictions = { ...this.predictions, [node]: prediction };
  }

  /** Run: replay the cascade under the tools, then reveal (at once with reduced motion). */
  start(reducedMotion: boolean): void {
    if (!this.ready) return;
    if (reducedMotion) {
      this.phase = 'results';
      this.player.seek(this.player.count - 1);
      return;
    }
    this.phase = 'replay';
    this.player.speed = 2;
    this.player.stepIndex = 0;
    this.player.play();
  }

  /** Called when the replay has reached its last step. */
  replayEnded(): void {
    if (this.phase === 'replay') this.phase = 'results';
  }

  /** Skip the rest of the replay. */
  reveal(): void {
    this.player.pause();
    this.player.seek(this.player.count - 1);
    this.phase = 'results';
  }

  /** A new question: different tools or condition, so earlier predictions no longer apply. */
  private newQuestion(): void {
    this.reset();
  }

  /** Back to predicting, with nothing filled in. */
  reset(): void {
    this.predictions = {};
    this.phase = 'predict';
    this.player.pause();
    this.player.seek(this.player.count - 1);
  }
}
