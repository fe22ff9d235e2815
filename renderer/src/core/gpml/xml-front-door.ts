import { SaxesParser, type SaxesTagNS } from 'saxes';
import { refuse, type Checked } from '../util/problem.ts';
import { lineColumn } from '../util/safe-json.ts';

/**
 * The front door for untrusted XML (GPML files dropped on the app or given to
 * the CLI). Everything here is pure and runs the same in a Web Worker and in
 * Node: no DOMParser (absent from workers), one streaming parser (saxes).
 */
export const XML_LIMITS = {
  /** Characters; the largest public GPML file is 1.14 MB. */
  maxChars: 16_000_000,
  /** The largest GPML files have some 20,000 elements. */
  maxElements: 250_000,
  /** GPML nests about 5 deep; anything far deeper is hostile. */
  maxDepth: 64,
};
export type XmlLimits = typeof XML_LIMITS;

/** A parsed element: just what the GPML readers need. */
export interface XmlElement {
  /** Local name (without prefix). */
  name: string;
  /** Namespace URI ('' when none). */
  ns: string;
  /** Attributes by qualified name ("Name", "rdf:id"); a null-prototype record. */
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Character data directly inside this element, concatenated. */
  text: string;
  /** Where the start tag ends (1-based). */
  line: number;
  column: number;
}

/**
 * GPML needs no DTD, so a declaration is refused before the parser sees it:
 * no entity can be expanded and nothing external can be fetched.
 */
function declaration(text: string): Checked<never> | null {
  const m = /<!\s*(DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)/i.exec(text);
  if (!m) return null;
  const what = m[1]!.toUpperCase();
  return refuse(lineColumn(text, m.index), `contains a <!${what}> declaration; GPML needs none, and declarations (which can define entities) are refused for safety`);
}

class Stop extends Error {}

/** Reads XML text into an element tree, or refuses it with a located problem. */
export function parseXmlSafely(input: string, limits: XmlLimits = XML_LIMITS): Checked<XmlElement> {
  if (input.length > limits.maxChars) {
    return refuse('(file)', `is too large: ${input.length.toLocaleString('en')} characters, the limit is ${limits.maxChars.toLocaleString('en')}`);
  }
  if (input.includes('\u0000')) return refuse('(file)', 'contains binary data (NUL bytes); expected XML text');
  const text = input.replace(/^\uFEFF/, '');
  if (!text.trim()) return refuse('(file)', 'is empty');
  const declared = declaration(text);
  if (declared) return declared;

  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let count = 0;
  let problem: { line: number; column: number; message: string } | undefined;
  const stop = (message: string) => {
    problem ??= { line: parser.line, column: parser.column, message };
    throw new Stop(message);
  };

  parser.on('error', (err) => stop(`is not well-formed XML: ${err.message.replace(/^[^:]*:\d+:\d+: /, '').replace(/\.$/, '')}`));
  parser.on('doctype', () => stop('contains a <!DOCTYPE> declaration; GPML needs none'));
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (++count > limits.maxElements) stop(`has more than ${limits.maxElements.toLocaleString('en')} elements`);
    if (stack.length >= limits.maxDepth) stop(`nests elements deeper than ${limits.maxDepth} levels`);
    const attrs: Record<string, string> = Object.create(null);
    for (const a of Object.values(tag.attributes)) attrs[a.name] = a.value;
    const el: XmlElement = { name: tag.local, ns: tag.uri, attrs, children: [], text: '', line: parser.line, column: parser.column };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('closetag', () => void stack.pop());
  const addText = (t: string) => {
    const top = stack[stack.length - 1];
    if (top && top.text.length < 1_000_000) top.text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);

  try {
    parser.write(text).close();
  } catch (err) {
    if (!(err instanceof Stop)) {
      // A parser bug must still end in a refusal, never a crash.
      return refuse(`line ${parser.line}, column ${parser.column}`, `could not be read: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (problem) return refuse(`line ${problem.line}, column ${problem.column}`, problem.message);
  if (!root) return refuse('(file)', 'has no root element');
  return { ok: true, value: root };
}

/** Children with a given local name. */
export const childrenNamed = (el: XmlElement, name: string): XmlElement[] => el.children.filter((c) => c.name === name);
export const childNamed = (el: XmlElement, name: string): XmlElement | undefined => el.children.find((c) => c.name === name);
export const where = (el: XmlElement): string => `line ${el.line}, column ${el.column}`;
