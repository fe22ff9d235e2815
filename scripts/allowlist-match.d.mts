/** See allowlist-match.mjs. */
export interface AllowEntry {
  check: string;
  file: string;
  snippet?: string;
  line?: number;
  why: string;
}
export interface Finding {
  check: string;
  file: string;
  line: number;
}
export function entryProblems(entries: Partial<AllowEntry>[]): string[];
export function matchAllowlist<F extends Finding>(entries: AllowEntry[], findings: F[], lineOf: (file: string, line: number) => string): { justified: Set<F>; unused: AllowEntry[] };
