export const PRELOAD_ENTRY: string;
export const PRELOAD_OUT: string;
export function bundlePreload(outfile?: string): Promise<string | undefined>;
