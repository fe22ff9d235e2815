import { describe, expect, it } from 'vitest';
import { parseFigureRecord } from './parse-record.ts';
import { seedRecordText } from '../test-fixtures.ts';

describe('the seed PFOCR record', () => {
  const r = parseFigureRecord(seedRecordText);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  const rec = r.value;
  it('reads the required and main fields', () => {
    expect(rec.id).toBe('PMC6597338__nihms-1517515-f0006');
    expect(rec.title).toMatch(/^The cellular mechanisms underlying the rapid antidepressant-like actions of ketamine$/);
    expect(rec.caption).toMatch(/^Model for the cellular mechanisms/);
    expect(rec.pmcid).toBe('PMC6597338');
    expect(rec.citation).toBe('Satoshi Deyama, et al. Biol Psychiatry. ;86(2):143-152.');
    expect(rec.license).toBe('CC0');
    expect(rec.creator).toBe('WikiPathways');
  });
  it('takes the gene and chemical keywords from schema-jsonld', () => {
    expect(rec.keywords).toHaveLength(48);
    expect(rec.keywords).toEqual(expect.arrayContaining(['BDNF', 'KDR', 'Nmdar1', 'Andorra', 'Ketamine', 'Depression']));
  });
  it('treats .na.character and empty strings as missing', () => {
    expect(rec.year).toBeUndefined();
    expect(rec.fields.doi).toBeUndefined();
    expect(rec.fields.journal_title).toBeUndefined();
    expect(rec.fields.ndex).toBeUndefined();
  });
  it('keeps unknown fields and the original text', () => {
    expect(rec.fields.automl_pathway).toBe(0.9689946);
    expect(rec.fields.seo).toBe('CreativeWork');
    expect(rec.source).toBe(seedRecordText);
  });
});

const minimal = 'figid: X1\ncaption: A caption.\n';
const refused: [string, string, RegExp, RegExp][] = [
  ['missing figure id', '---\ncaption: hello\n---\n', /^figid$/, /required/],
  ['missing caption', '---\nfigid: X\n---\n', /^caption$/, /required/],
  ['caption of wrong type', '---\nfigid: X\ncaption: [1, 2]\n---\n', /caption \(line 3\)/, /must be text/],
  ['malformed YAML', '---\nfigid: X\ncaption: "unclosed\n---\n', /line \d/, /not valid YAML/],
  ['duplicate keys', '---\nfigid: A\nfigid: B\ncaption: c\n---\n', /line 3/, /not valid YAML/],
  ['alias bomb', '---\nfigid: X\ncaption: c\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n---\n', /\(file\)/, /alias|YAML/i],
  ['__proto__ key', '---\nfigid: X\ncaption: c\n__proto__:\n  polluted: yes\n---\n', /__proto__/, /not allowed/],
  ['deep flow nesting', `---\nfigid: X\ncaption: c\nz: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n`, /.+/, /deep|nesting|YAML/i],
  ['deep block nesting', `---\nfigid: X\ncaption: c\n${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} 1\n---\n`, /line \d+/, /nesting too deep/],
  ['oversize', `---\nfigid: X\ncaption: ${'a'.repeat(1_000_001)}\n---\n`, /\(file\)/, /too large/],
  ['binary junk', '\u0000\u00ff\u0001PNG', /\(file\)/, /binary/],
  ['a list instead of fields', '- a\n- b\n', /\(root\)/, /mapping/],
  ['bad figure id', '---\nfigid: "../../etc/passwd"\ncaption: c\n---\n', /figid/, /letters, digits/],
];

describe('bad figure records are refused with a location', () => {
  it.each(refused)('%s', (_name, text, path, message) => {
    const r = parseFigureRecord(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]!.path).toMatch(path);
    expect(r.problems[0]!.message).toMatch(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('tolerant where the format is', () => {
  it('accepts a bare YAML file without front-matter lines', () => {
    const r = parseFigureRecord(minimal);
    expect(r.ok && r.value.id).toBe('X1');
  });
  it('keeps HTML in text as plain text (rendering escapes it)', () => {
    const r = parseFigureRecord('---\nfigid: X\ncaption: "<img src=x onerror=alert(1)>"\n---\n');
    expect(r.ok && r.value.caption).toBe('<img src=x onerror=alert(1)>');
  });
});
