import type { PackIndex } from '../core/graph/pack-index.ts';
import type { Player } from './player.svelte.ts';

export const MODES = [
  { id: 'explore', label: 'Explore' },
  { id: 'lab', label: 'Lab' },
  { id: 'quiz', label: 'Quiz' },
  { id: 'progress', label: 'Progress' },
  { id: 'library', label: 'Library' },
] as const;
export type Mode = (typeof MODES)[number]['id'];
export const isMode = (v: unknown): v is Mode => MODES.some((m) => m.id === v);

export interface NavigationDeps {
  player: Player;
  index: () => PackIndex | undefined;
  /** A mode was entered (the app opens the quiz deck where needed and remembers the mode). */
  entered: (mode: Mode) => void;
}

/** Where the learner is: the mode, the node in focus, and the way back after "Show me". */
export class Navigation {
  mode = $state<Mode>('explore');
  /** Where "Show me" came from, so Explore can offer the way back. */
  returnTo = $state<Mode | undefined>();
  /** Node picked in the details panel (click, focus or a gene in the figure record). */
  selectedNode = $state<string | undefined>();
  /** The pathway (and part) an "Explore in depth" link came from, so Explore can offer the way back. */
  cameFrom = $state.raw<{ pack: string; title: string; node: string } | undefined>();
  /** Nodes highlighted from elsewhere (a gene clicked in the figure record). */
  highlighted = $state.raw<ReadonlySet<string> | undefined>();

  constructor(private readonly deps: NavigationDeps) {}

  setMode(mode: Mode): void {
    this.mode = mode;
    this.deps.player.playing = false;
    if (mode !== 'explore') {
      this.returnTo = undefined;
      this.highlighted = undefined;
    }
    this.deps.entered(mode);
  }

  /** "Show me": the step in Explore, in the detail level that has it, with the way back. */
  showStep(stepId: string): void {
    if (!this.deps.index()?.steps.has(stepId)) return;
    const from = this.mode;
    this.setMode('explore');
    this.returnTo = from === 'explore' ? undefined : from;
    this.deps.player.goto(stepId);
    this.selectedNode = undefined;
  }

  /** A node shown from elsewhere (a gene in the figure record): selected and highlighted in Explore. */
  showNode(node: string, from: Mode): void {
    const index = this.deps.index();
    if (!index?.nodes.has(node)) return;
    this.setMode('explore');
    this.returnTo = from;
    if (index.node(node).detail === 'advanced') this.deps.player.detail = 'advanced';
    this.highlighted = new Set([node]);
    this.selectedNode = node;
  }

  /** A different pathway was opened: nothing of the old one stays selected. */
  reset(): void {
    this.selectedNode = undefined;
    this.highlighted = undefined;
    this.cameFrom = undefined;
  }
}
