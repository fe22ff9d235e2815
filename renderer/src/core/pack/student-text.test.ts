import { describe, expect, it } from 'vitest';
import { parseFigureRecord } from '../pfocr/parse-record.ts';
import { validatePackText } from './validate-pack.ts';
import { recordCitation, referenceText } from './citation.ts';
import { cleanCaption } from './clean-caption.ts';
import { leftoverIn } from './leftovers.ts';
import type { PathwayPack } from './schema.ts';

// Every bundled pack and figure record, as students see them: no authoring
// leftovers anywhere, and every citation with its authors (or title) and year.
const packs = Object.entries(import.meta.glob('../../../../assets/bundle/packs/*.json', { query: '?raw', import: 'default', eager: true }) as Record<string, string>);
const records = Object.entries(import.meta.glob('../../../../assets/bundle/figures/*.md', { query: '?raw', import: 'default', eager: true }) as Record<string, string>);

/** Every string in the pack with its JSON path; the caption as the app shows it. */
function strings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, path === 'caption' ? cleanCaption(value) : value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, path ? `${path}.${k}` : k, out);
  return out;
}

const cited = (pack: PathwayPack) => new Set(JSON.stringify(pack).match(/"refs":\[[^\]]*\]/g)?.flatMap((m) => JSON.parse(m.slice(7)) as string[]) ?? []);

describe.each(packs.map(([file, text]) => [file.split('/').pop()!, text]))('bundled pack %s', (_file, text) => {
  const r = validatePackText(text);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  const pack = r.value;
  it('has at least one bundled pack to check', () => expect(packs.length).toBeGreaterThan(0));
  it('holds no authoring leftover in any text a student can see', () => {
    const found = strings(pack, '').flatMap(([path, s]) => (leftoverIn(s) ? [`${path}: ${s.slice(0, 80)}`] : []));
    expect(found).toEqual([]);
  });
  it('cites every reference with its authors (or its title, when the authors are not known) and its year', () => {
    const used = cited(pack);
    const bad = pack.references.filter((ref) => used.has(ref.id)).flatMap((ref) => {
      const text = referenceText(ref);
      return !ref.year || !(ref.authors ?? ref.title) || leftoverIn(text) || /\(n\.d\.\)/.test(text) ? [`${ref.id}: ${text}`] : [];
    });
    expect(bad).toEqual([]);
  });
  it('cites the Moda-Sava 2019 finding that new spines sustain, not start, the response', () => {
    const ref = pack.references.find((x) => x.doi === '10.1126/science.aat8078');
    if (pack.id !== 'ketamine-deyama2019') return;
    expect(ref && referenceText(ref)).toMatch(/^Moda-Sava RN, .* \(2019\)\. Sustained rescue of prefrontal circuit dysfunction by antidepressant-induced spine formation\. Science 364\(6436\):eaat8078\.$/);
    expect(pack.disagreements.find((d) => d.evidence.refs.includes(ref!.id))?.title).toMatch(/sustain/i);
  });
});

describe.each(records.map(([file, text]) => [file.split('/').pop()!, text]))('bundled figure record %s, as the record view shows it', (_file, text) => {
  const r = parseFigureRecord(text);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  const record = r.value;
  const pack = packs.map(([, t]) => validatePackText(t)).flatMap((p) => (p.ok && p.value.provenance.figureId === record.id ? [p.value] : []))[0];
  it.each([
    ['with its pack', pack],
    ['on its own', undefined],
  ])('shows a citation with authors and a year, never doubled, %s', (_how, withPack) => {
    const line = recordCitation(record, withPack);
    expect(leftoverIn(line)).toBeUndefined();
    expect(line).toMatch(/\((\d{4}|n\.d\.)\)/);
    if (withPack) expect(line).toMatch(/^Deyama S, .*\(2019\)\./);
  });
  it('shows its caption without the husks of dropped links', () => {
    expect(leftoverIn(cleanCaption(record.caption))).toBeUndefined();
  });
});
