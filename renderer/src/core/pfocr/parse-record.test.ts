import { describe, expect, it } from 'vitest';
import { parseFigureRecord } from './parse-record.ts';
import { seedRecordText } from '../test-fixtures.ts';
import olderText from './test-records/older-generation.md?raw';
import newerText from './test-records/newer-generation.md?raw';

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
  ['alias bomb', '---\nfigid: X\ncaption: c\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n---\n', /^line 4$/, /^uses a YAML anchor \(&a\), which PFOCR records never do$/],
  ['one harmless-looking alias', '---\nfigid: X\nfigtitle: &t A title\ncaption: *t\n---\n', /^line 3$/, /YAML anchor \(&t\)/],
  ['front matter that never closes', '---\nfigid: X\ncaption: A caption cut off in the mid', /^line 1$/, /^the front matter that starts here is never closed \(no second "---" line before the end of the file at line 3\): the file may have been cut off$/],
  ['a Markdown file without front matter', '# Notes on a figure\n\nSome text about BDNF.\n', /^\(file\)$/, /^has no front matter: a PFOCR record starts with a "---" line/],
  ['YAML fields of something else, unframed', 'name: my-app\nversion: 1.0.0\n', /^\(file\)$/, /^has no front matter/],
  ['deep mappings', `---\nfigid: X\ncaption: c\nz: ${'{a: '.repeat(20)}1${'}'.repeat(20)}\n---\n`, /^\(file\)$/, /^nested too deeply \(more than 16 levels\)$/],
  ['__proto__ key', '---\nfigid: X\ncaption: c\n__proto__:\n  polluted: yes\n---\n', /__proto__/, /not allowed/],
  ['deep flow nesting', `---\nfigid: X\ncaption: c\nz: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n`, /^(line 4, column \d+|\(file\))$/, /^nested too deeply$/],
  ['deep block nesting', `---\nfigid: X\ncaption: c\n${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} 1\n---\n`, /^line 205$/, /^nested too deeply \(indented more than 200 columns\)$/],
  ['oversize', `---\nfigid: X\ncaption: ${'a'.repeat(1_000_001)}\n---\n`, /\(file\)/, /too large/],
  ['binary junk', '\u0000\u00ff\u0001PNG', /\(file\)/, /binary/],
  ['a list instead of fields', '---\n- a\n- b\n---\n', /\(root\)/, /mapping/],
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

describe('line numbers are the file\'s, once per message', () => {
  const cases: [string, string, number][] = [
    ['duplicate key', '---\nfigid: A\ncaption: c\nfigid: B\n---\n', 4],
    // The library notices an unclosed quote where the text runs out: the last line of the front matter.
    ['unclosed quote', '---\nfigid: X\ncaption: "never closed\nyear: 1\n---\n', 4],
    ['a mapping inside a value', '---\nfigid: X\ncaption: c\nkey: value: other\n---\n', 4],
    ['an unclosed list', '---\nfigid: X\ncaption: c\nyear: [1, 2\n---\n', 4],
    ['duplicate key, no front-matter lines', 'figid: A\ncaption: c\nfigid: B\n', 3],
  ];
  it.each(cases)('%s', (_name, text, line) => {
    const r = parseFigureRecord(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const said = `${r.problems[0]!.path}: ${r.problems[0]!.message}`;
    const lines = [...said.matchAll(/line (\d+)/g)].map((m) => Number(m[1]));
    if (text.startsWith('---')) expect(lines).toEqual([line]);
    else expect(said).toMatch(/has no front matter/);
  });
});

describe('real records of both schema generations', () => {
  it('the older shape: organisms as one value, gene mappings, empty annotation lists', () => {
    const r = parseFigureRecord(olderText);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value).toMatchObject({ id: 'PMC0000002__synthetic-f0003', pmcid: 'PMC0000002', year: '2001', organisms: ['Homo sapiens'], keywords: ['BDNF', 'NTRK2', 'glutamate'], license: 'CC0', creator: 'WikiPathways' });
    expect(r.value.paperTitle).toBe('A synthetic paper title with a colon: used only by tests.');
    expect(r.value.fields.genes).toEqual([
      { word: 'BDNF', symbol: 'BDNF', source: 'hgnc_symbol', hgnc_symbol: 'BDNF', entrez: '627' },
      { word: 'TrkB,', symbol: 'TRKB', source: 'hgnc_alias_symbol', hgnc_symbol: 'NTRK2', entrez: '4915' },
    ]);
    expect(r.value.fields.annotations).toEqual([]);
    expect(r.value.fields.ndex).toBeUndefined();
  });
  it('the newer shape: a top-level keywords line, organisms_ner of NA, journal fields', () => {
    const r = parseFigureRecord(newerText);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value.organisms).toEqual(['Mus musculus', 'Rattus norvegicus']);
    expect(r.value.keywords).toEqual(['Ketamine', 'NMDA receptor', 'mTORC1', 'Depression', 'GRIN1', 'MTOR', 'ketamine']);
    expect(r.value.fields.doi).toBe('10.0000/synthetic.0002');
    expect(r.value.fields.organisms_ner).toEqual([]);
  });
  it.each([
    ['keywords: \'\'', "keywords: ''"],
    ['keywords: .na.character', 'keywords: .na.character'],
    ['organisms: NA', 'organisms: NA'],
    ['organisms: [NA]', 'organisms:\n- NA'],
    ['year: .na.character', "year: .na.character"],
  ])('accepts %s', (_name, line) => {
    const text = newerText.replace(/^keywords: .*$/m, '').replace(/^organisms:\n(- .*\n)+/m, '').replace(/^year: .*$/m, '').replace(/^---\n/, `---\n${line}\n`);
    const r = parseFigureRecord(text);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value.keywords).toEqual(['GRIN1', 'MTOR', 'ketamine']);
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
