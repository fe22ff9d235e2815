import { LineCounter, parseDocument, type Document } from 'yaml';
import { type Checked, type Problem, refuse } from '../util/problem.ts';
import { findForbiddenKeys } from '../util/safe-json.ts';
import { maxDepth } from '../util/depth.ts';
import type { FigureRecord } from './figure-record.ts';

export const RECORD_LIMITS = { maxChars: 1_000_000, maxDepth: 16, maxAliases: 50, maxIndent: 200 };

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

/** The YAML between the first two `---` lines, or the whole text when there are none. */
function frontMatter(text: string): { yaml: string; lineOffset: number } {
  const body = text.replace(/^\uFEFF/, '');
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(body);
  if (m) return { yaml: m[1]!, lineOffset: 1 };
  if (/^---[ \t]*\r?\n/.test(body)) return { yaml: body.replace(/^---[ \t]*\r?\n/, ''), lineOffset: 1 };
  return { yaml: body, lineOffset: 0 };
}

function locate(doc: Document, counter: LineCounter, lineOffset: number, path: (string | number)[]): string {
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  const where = path.join('.') || '(root)';
  if (!node?.range) return where;
  return `${where} (line ${counter.linePos(node.range[0]).line + lineOffset})`;
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
  const { yaml, lineOffset } = frontMatter(text);
  const deepLine = yaml.split('\n').findIndex((l) => l.length - l.trimStart().length > RECORD_LIMITS.maxIndent);
  if (deepLine >= 0) return refuse(`line ${deepLine + 1 + lineOffset}`, `nesting too deep (indented more than ${RECORD_LIMITS.maxIndent} columns)`);

  const counter = new LineCounter();
  let doc: Document;
  let data: unknown;
  try {
    doc = parseDocument(yaml, { lineCounter: counter, uniqueKeys: true, merge: false, prettyErrors: true, strict: true });
    const err = doc.errors[0];
    if (err) {
      const line = (err.linePos?.[0]?.line ?? 0) + lineOffset;
      return refuse(line ? `line ${line}` : '(file)', `is not valid YAML: ${err.message.split('\n')[0]}`);
    }
    data = doc.toJS({ maxAliasCount: RECORD_LIMITS.maxAliases });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (err instanceof RangeError) return refuse('(file)', 'nesting too deep to read');
    return refuse('(file)', `could not be read as YAML: ${message.split('\n')[0]}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return refuse('(root)', 'must be a mapping of fields (figid: …, caption: …)');
  }
  if (maxDepth(data, RECORD_LIMITS.maxDepth) > RECORD_LIMITS.maxDepth) return refuse('(file)', `nesting deeper than ${RECORD_LIMITS.maxDepth} levels`);
  const forbidden = findForbiddenKeys(data);
  if (forbidden.length) return { ok: false, problems: forbidden };

  const fields = dropMissing(data) as Record<string, unknown>;
  const problems: Problem[] = [];
  const required = (key: string): string | undefined => {
    const raw = fields[key];
    const value = str(raw);
    if (raw === undefined) problems.push({ path: key, message: 'is required' });
    else if (!value || typeof raw !== 'string') problems.push({ path: locate(doc, counter, lineOffset, [key]), message: 'must be text' });
    return value;
  };
  const optionalText = (key: string, v = fields[key]): string | undefined => {
    if (v !== undefined && str(v) === undefined) problems.push({ path: locate(doc, counter, lineOffset, [key]), message: 'must be text' });
    return str(v);
  };
  const id = required('figid');
  const caption = required('caption');
  if (id && !/^[\w.-]{1,120}$/.test(id)) problems.push({ path: locate(doc, counter, lineOffset, ['figid']), message: 'must be 1–120 letters, digits, "_", "-" or "."' });
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
    keywords: [...new Set([...strings(fields.keywords), ...strings(jsonld.keywords)])],
    license: str(jsonld.license),
    creator: str(creator?.name),
    pageUrl: str(jsonld['@id']),
    fields,
    source: text,
  };
  if (record.pmcid && !/^PMC\d{1,9}$/.test(record.pmcid)) problems.push({ path: locate(doc, counter, lineOffset, ['pmcid']), message: 'must look like PMC123456' });
  return problems.length ? { ok: false, problems } : { ok: true, value: record };
}
