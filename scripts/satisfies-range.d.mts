/** Whether `version` satisfies a package.json "engines" range; null when either cannot be read (see satisfies-range.mjs). */
export function satisfiesRange(version: string, range: string): boolean | null;
