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

/**
 * The layout for a pack at a detail level: immediate for hand-placed packs,
 * from the worker (ELK, loaded only when needed) for the rest.
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
    import('./auto-layout.ts')
      .then(({ autoLayout }) => autoLayout(index, detail))
      .then((layout) => {
        performance.measure('pe:layout', 'pe:layout-start');
        performance.mark('pe:layout-done');
        if (token === this.token) this.layout = layout;
      })
      .catch((err: unknown) => {
        if (token === this.token) this.error = `The automatic layout failed: ${err instanceof Error ? err.message : String(err)}`;
      });
  }
}
