import { joinPath, refuse, type Checked, type Problem } from './problem.ts';

export interface JsonLimits {
  maxChars: number;
  maxDepth: number;
}

/** Keys that could reach Object.prototype if some later code copied the data with plain assignment. */
export const FORBIDDEN_KEYS = new Set(['__proto__']);

export function lineColumn(text: string, offset: number): string {
  let line = 1;
  let col = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      col = 1;
    } else col++;
  }
  return `line ${line}, column ${col}`;
}

/**
 * Deepest bracket nesting, found by scanning the text before parsing, so a
 * hostile file is refused before any object graph is built (structured clone
 * overflows near 10,000 levels; JSON.parse itself does not mind).
 */
export function scanDepth(text: string, maxDepth: number): { offset: number } | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped char
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > maxDepth) return { offset: i };
    } else if (c === 125 || c === 93) depth--;
  }
  return null;
}

/** Reports forbidden keys anywhere in a parsed value (iteratively: no stack overflow). */
export function findForbiddenKeys(value: unknown, limit = 10): Problem[] {
  const problems: Problem[] = [];
  const stack: { v: unknown; path: (string | number)[] }[] = [{ v: value, path: [] }];
  while (stack.length && problems.length < limit) {
    const { v, path } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push({ v: item, path: [...path, i] }));
      continue;
    }
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) problems.push({ path: joinPath([...path, key]), message: `the key "${key}" is not allowed` });
      else stack.push({ v: (v as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return problems;
}

export function parseJsonSafely(text: string, limits: JsonLimits): Checked<unknown> {
  if (text.length > limits.maxChars) {
    return refuse('(file)', `is too large: ${text.length.toLocaleString('en')} characters, the limit is ${limits.maxChars.toLocaleString('en')}`);
  }
  if (text.includes('\u0000')) return refuse('(file)', 'contains binary data (NUL bytes); expected JSON text');
  const deep = scanDepth(text, limits.maxDepth);
  if (deep) return refuse(lineColumn(text, deep.offset), `nesting deeper than ${limits.maxDepth} levels`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = /position (\d+)/.exec(message);
    const where = at ? lineColumn(text, Number(at[1])) : '(file)';
    return refuse(where, `is not valid JSON (${message.replace(/\s*in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '')})`);
  }
  const forbidden = findForbiddenKeys(value);
  if (forbidden.length) return { ok: false, problems: forbidden };
  return { ok: true, value };
}
