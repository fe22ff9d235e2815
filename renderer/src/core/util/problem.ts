/** A located problem with some input: where (a JSON path or line:column) and what. */
export interface Problem {
  path: string;
  message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export const refuse = <T>(path: string, message: string): Checked<T> => ({ ok: false, problems: [{ path, message }] });

export function formatProblems(problems: readonly Problem[], limit = 20): string {
  const shown = problems.slice(0, limit).map((p) => `${p.path}: ${p.message}`);
  if (problems.length > limit) shown.push(`… and ${problems.length - limit} more`);
  return shown.join('\n');
}

/** JSON-path style: nodes[3].evidence.status; the root is "(root)". */
export function joinPath(parts: readonly (string | number)[]): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out || '(root)';
}
