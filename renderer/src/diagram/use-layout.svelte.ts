import type { DetailLevel } from '../core/pack/schema.ts';
import type { PackIndex } from '../core/graph/pack-index.ts';
import { handLayout, isHandPlaced } from './hand-layout.ts';
import type { Layout } from './layout-types.ts';

/** A layout on demand (for exports of the whole pathway, whatever is on screen). */
export async function layoutFor(index: PackIndex, detail: DetailLevel): Promise<Layout> {
  if (isHandPlaced(index)) return handLayout(index, detail);
  const { autoLayout } = await import('./auto-layout.ts');
  return autoLayout(index, detail);
}

/** Loads ELK into its worker ahead of need (when the learner may be about to import a pack). */
export function warmAutoLayout(): void {
  const idle = (globalThis as { requestIdleCallback?: (fn: () => void) => void }).requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 200));
  idle(() => void import('./auto-layout.ts').then((m) => m.warmLayoutWorker()));
}

/**
 * The layout for a pack at a detail level: immediate for hand-placed packs.
 * For the rest, the fast layered layout is drawn at once and ELK's (loaded
 * in a worker, only when needed) replaces it when it is ready; a layout
 * computed before is reused straight away.
 */
export class LayoutLoader {
  layout = $state.raw<Layout | undefined>();
  error = $state('');
  private token = 0;

  load(index: PackIndex, detail: DetailLevel): void {
    const token = ++this.token;
    this.error = '';
    if (isHandPlaced(index)) {
      this.layout = handLayout(index, detail);
      return;
    }
    this.layout = undefined;
    performance.mark('pe:layout-start');
    const current = () => token === this.token;
    import('./auto-layout.ts')
      .then((m) => {
        if (!current()) return;
        const done = m.finishedLayout(index, detail);
        this.layout = done ?? m.quickLayout(index, detail);
        performance.measure('pe:layout', 'pe:layout-start');
        performance.mark('pe:layout-done');
        if (done || !m.refines(index, detail)) return;
        return m.autoLayout(index, detail).then((better) => {
          if (!current()) return;
          this.layout = better;
          performance.measure('pe:layout-refined', 'pe:layout-start');
        });
      })
      .catch((err: unknown) => {
        if (current() && !this.layout) this.error = `The automatic layout failed: ${err instanceof Error ? err.message : String(err)}`;
      });
  }
}
