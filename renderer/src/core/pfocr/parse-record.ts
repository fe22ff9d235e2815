import { isAlias, isNode, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { frontMatter, NO_FRONT_MATTER } from './front-matter.ts';
import { type Checked, type Problem, refuse } from '../util/problem.ts';
import { findForbiddenKeys } from '../util/safe-json.ts';
import { maxDepth } from '../util/depth.ts';
import type { FigureRecord } from './figure-record.ts';

export const RECORD_LIMITS = { maxChars: 1_000_000, maxDepth: 16, maxIndent: 200 };

/** Values the R pipeline behind PFOCR writes for "no value". */
const MISSING = new Set(['.na.character', '.na', 'NA', 'NaN', 'null', '']);

export function isMissing(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && MISSING.has(value.trim()));
}

/** Replaces missing markers with undefined (dropping the key) throughout. */
export function dropMissing(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => !isMissing(v)).map(dropMissing);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (!isMissing(v)) out[k] = dropMissing(v);
    return out;
  }
  return value;
}

const TOO_DEEP = 'nested too deeply';

function locate(doc: Document, counter: LineCounter, path: (string | number)[]): string {
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  const where = path.join('.') || '(root)';
  if (!node?.range) return where;
  return `${where} (line ${counter.linePos(node.range[0]).line})`;
}

/**
 * The first anchor (&name) or alias (*name) in the document, if any. PFOCR
 * records never use them, and they are how a small file expands into a huge
 * one, so a record that has one is refused rather than expanded.
 */
function firstAnchorOrAlias(doc: Document, counter: LineCounter): string | undefined {
  let found: string | undefined;
  visit(doc, (_key, node) => {
    const at = (n: { range?: [number, number, number] | null }) => `line ${counter.linePos(n.range?.[0] ?? 0).line}`;
    if (isAlias(node)) found = `${at(node)}: uses a YAML alias (*${node.source}), which PFOCR records never do`;
    else if (isNode(node) && node.anchor) found = `${at(node)}: uses a YAML anchor (&${node.anchor}), which PFOCR records never do`;
    return found ? visit.BREAK : undefined;
  });
  return found;
}

/** Reads the YAML of a record: located errors, no anchors or aliases, a mapping, not too deep. */
function readYaml(text: string): Checked<{ doc: Document; counter: LineCounter; data: Record<string, unknown>; framed: boolean }> {
  const fm = frontMatter(text);
  if (!fm.ok) return fm;
  const { yaml, framed } = fm.value;
  const deepLine = yaml.split('\n').findIndex((l) => l.length - l.trimStart().length > RECORD_LIMITS.maxIndent);
  if (deepLine >= 0) return refuse(`line ${deepLine + 1}`, `${TOO_DEEP} (indented more than ${RECORD_LIMITS.maxIndent} columns)`);

  const counter = new LineCounter();
  let doc: Document;
  let data: unknown;
  try {
    doc = parseDocument(yaml, { lineCounter: counter, uniqueKeys: true, merge: false, prettyErrors: true, strict: true });
    const err = doc.errors[0];
    if (err) {
      if (!framed) return refuse('(file)', NO_FRONT_MATTER);
      const pos = err.linePos?.[0];
      const where = pos ? `line ${pos.line}, column ${pos.col}` : '(file)';
      if (err.code === 'RESOURCE_EXHAUSTION') return refuse(where, TOO_DEEP);
      // The library's message repeats the position; the path already says it, in the same numbering.
      return refuse(where, `is not valid YAML: ${err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`);
    }
    const anchored = firstAnchorOrAlias(doc, counter);
    if (anchored) {
      const [where, message] = anchored.split(/: (.*)/s) as [string, string];
      return refuse(where, message);
    }
    data = doc.toJS();
  } catch (err) {
    if (err instanceof RangeError) return refuse('(file)', TOO_DEEP);
    return refuse('(file)', `could not be read as YAML: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return framed ? refuse('(root)', 'must be a mapping of fields (figid: …, caption: …)') : refuse('(file)', NO_FRONT_MATTER);
  }
  if (!framed && !('figid' in data) && !('caption' in data)) return refuse('(file)', NO_FRONT_MATTER);
  if (maxDepth(data, RECORD_LIMITS.maxDepth) > RECORD_LIMITS.maxDepth) return refuse('(file)', `${TOO_DEEP} (more than ${RECORD_LIMITS.maxDepth} levels)`);
  const forbidden = findForbiddenKeys(data);
  if (forbidden.length) return { ok: false, problems: forbidden };
  return { ok: true, value: { doc, counter, data: data as Record<string, unknown>, framed } };
}

const str = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
};
const strings = (v: unknown): string[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).map(str).filter((s): s is string => !!s);

export function parseFigureRecord(text: string): Checked<FigureRecord> {
  if (text.length > RECORD_LIMITS.maxChars) {
    return refuse('(file)', `is too large: ${text.length.toLocaleString('en')} characters, the limit is ${RECORD_LIMITS.maxChars.toLocaleString('en')}`);
  }
  if (text.includes('\u0000')) return refuse('(file)', 'contains binary data (NUL bytes); expected a text record');
  const read = readYaml(text);
  if (!read.ok) return read;
  const { doc, counter, data } = read.value;

  const fields = dropMissing(data) as Record<string, unknown>;
  const problems: Problem[] = [];
  const required = (key: string): string | undefined => {
    const raw = fields[key];
    const value = str(raw);
    if (raw === undefined) problems.push({ path: key, message: 'is required' });
    else if (!value || typeof raw !== 'string') problems.push({ path: locate(doc, counter, [key]), message: 'must be text' });
    return value;
  };
  const optionalText = (key: string, v = fields[key]): string | undefined => {
    if (v !== undefined && str(v) === undefined) problems.push({ path: locate(doc, counter, [key]), message: 'must be text' });
    return str(v);
  };
  const id = required('figid');
  const caption = required('caption');
  if (id && !/^[\w.-]{1,120}$/.test(id)) problems.push({ path: locate(doc, counter, ['figid']), message: 'must be 1–120 letters, digits, "_", "-" or "."' });
  const jsonld = (fields['schema-jsonld'] ?? {}) as Record<string, unknown>;
  const creator = jsonld.creator as Record<string, unknown> | undefined;
  const record: FigureRecord = {
    id: id ?? '',
    caption: caption ?? '',
    title: optionalText('figtitle'),
    pmcid: optionalText('pmcid'),
    paperTitle: optionalText('papertitle'),
    citation: optionalText('reftext'),
    year: optionalText('year'),
    number: optionalText('number'),
    figureLink: optionalText('figlink'),
    filename: optionalText('filename'),
    figureType: optionalText('figtype'),
    organisms: [...new Set([...strings(fields.organisms), ...strings(fields.organisms_ner)])],
    // Newer records also have a top-level keywords line ("A | B | C", the paper's own keywords).
    keywords: [...new Set([...strings(fields.keywords).flatMap((k) => k.split(/\s*\|\s*/)).filter(Boolean), ...strings(jsonld.keywords)])],
    license: str(jsonld.license),
    creator: str(creator?.name),
    pageUrl: str(jsonld['@id']),
    fields,
    source: text,
  };
  if (record.pmcid && !/^PMC\d{1,9}$/.test(record.pmcid)) problems.push({ path: locate(doc, counter, ['pmcid']), message: 'must look like PMC123456' });
  return problems.length ? { ok: false, problems } : { ok: true, value: record };
}
