import { liveQuery } from 'dexie';

/**
 * Runs a read and calls `next` with its result now and again whenever a
 * table it read changes (Dexie's liveQuery, in this tab or another).
 * Returns the unsubscribe function. The state layer wraps this in runes.
 */
export function watchQuery<T>(query: () => Promise<T>, next: (value: T) => void, error: (err: unknown) => void = () => {}): () => void {
  const sub = liveQuery(query).subscribe({ next, error });
  return () => sub.unsubscribe();
}
