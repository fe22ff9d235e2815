// The 13 WikiPathways GPML files under fixtures/ (CC0; see fixtures/README.md), for tests only.
const files = import.meta.glob('./fixtures/*.gpml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export const GPML_FIXTURES: Record<string, string> = Object.fromEntries(
  Object.entries(files).map(([path, text]) => [path.replace('./fixtures/', ''), text]),
);

export const fixture = (name: string): string => {
  const text = GPML_FIXTURES[name];
  if (text === undefined) throw new Error(`no fixture ${name}`);
  return text;
};

/** Occurrences of an element's start tag, counted on the raw text (independent of the parser). */
export const tagCount = (text: string, tag: string): number => (text.match(new RegExp(`<${tag}[\\s>/]`, 'g')) ?? []).length;
