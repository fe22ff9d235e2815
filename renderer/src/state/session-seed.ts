/**
 * Where a quiz session's random order comes from. Normally the clock; with
 * `?seed=N` in the page address, a fixed sequence (N, N+1, …), so a test, a
 * bug report or a classroom demo sees the same questions in the same order.
 */
export function sessionSeeds(search: string = globalThis.location?.search ?? '', clock: () => number = Date.now): () => number {
  const fixed = Number(new URLSearchParams(search).get('seed') ?? Number.NaN);
  if (Number.isInteger(fixed) && fixed > 0 && fixed < 2 ** 31) {
    let next = fixed;
    return () => next++ % 2 ** 31;
  }
  return () => clock() % 2 ** 31;
}
