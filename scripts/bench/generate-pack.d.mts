/** Synthetic pathway pack for benchmarks and layout tests (see generate-pack.mjs). */
export function generatePack(n: number, options?: { positions?: boolean }): Record<string, any>;
