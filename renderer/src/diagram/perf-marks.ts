/**
 * Performance marks read by `npm run bench`: the first interactive figure, and
 * the first painted frame after a new layout. Returns a teardown.
 */
export function markPainted(): () => void {
  const raf = requestAnimationFrame(() => {
    performance.mark('pe:diagram-painted');
    if (!performance.getEntriesByName('pe:interactive').length) performance.mark('pe:interactive');
  });
  return () => cancelAnimationFrame(raf);
}
