/**
 * Matching words in text, one way everywhere: letters, digits and "²⁺" are
 * word characters (so "Ca" is not found in "Ca²⁺"); `joiners` adds more (a
 * hyphen, so "GABA" is not found in "GABA-A receptor").
 */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Patterns already built, for stateless (non-global) use: big pathways match the same labels many times. */
const patterns = new Map<string, RegExp>();

export function wordPattern(term: string | readonly string[], { flags = 'u', joiners = '' }: { flags?: string; joiners?: string } = {}): RegExp {
  const key = `${flags}\u0000${joiners}\u0000${typeof term === 'string' ? term : term.join('\u0000')}`;
  const hit = patterns.get(key);
  if (hit) return hit;
  const made = buildPattern(term, flags, joiners);
  // A global pattern keeps state between uses (lastIndex): never share one.
  if (!flags.includes('g') && patterns.size < 20_000) patterns.set(key, made);
  return made;
}

function buildPattern(term: string | readonly string[], flags: string, joiners: string): RegExp {
  const alternatives = (typeof term === 'string' ? [term] : term).map(escapeRegExp).join('|');
  const edge = `\\p{L}\\p{N}²⁺${escapeRegExp(joiners)}`;
  return new RegExp(`(?<![${edge}])(${alternatives})(?![${edge}])`, flags.includes('u') ? flags : `${flags}u`);
}

/** Whether `text` contains `term` as a whole word; the third argument is regex flags ("iu") or options. */
export const containsWord = (text: string, term: string, options: string | { flags?: string; joiners?: string } = {}) =>
  wordPattern(term, typeof options === 'string' ? { flags: options } : options).test(text);

/** Lower-case words of a text, for searching (letters, digits, "+" and "-" kept inside words). */
export const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}+-]+/u).filter((w) => w.length > 0);

/** Whether every word of the query starts some word of the texts (an empty query matches everything). */
export function matchesQuery(query: string, ...texts: (string | undefined)[]): boolean {
  const want = wordsOf(query);
  if (!want.length) return true;
  const have = texts.flatMap((t) => wordsOf(t ?? ''));
  return want.every((w) => have.some((h) => h.startsWith(w)));
}
