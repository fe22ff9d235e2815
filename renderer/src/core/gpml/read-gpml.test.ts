import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gpmlToPack } from './gpml-to-pack.ts';
import { fixture } from './gpml-fixtures.ts';
import { readGpml } from './read-gpml.ts';
import { XML_LIMITS } from './xml-front-door.ts';

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'http://pathvisio.org/GPML/2013a';
const small = `${HEAD}<Pathway xmlns="${NS}" Name="Tiny" Organism="Homo sapiens" Version="WP1_r2">
  <DataNode TextLabel="A" GraphId="a" Type="Protein"><Graphics CenterX="10" CenterY="10" Width="40" Height="20"/><Xref Database="Entrez Gene" ID="627"/></DataNode>
  <DataNode TextLabel="B" GraphId="b" Type="GeneProduct"><Graphics CenterX="110" CenterY="10" Width="40" Height="20"/><Xref Database="" ID=""/></DataNode>
  <Interaction GraphId="i1"><Graphics><Point X="30" Y="10" GraphRef="a"/><Point X="90" Y="10" GraphRef="b" ArrowHead="mim-inhibition"/></Graphics><Xref Database="" ID=""/></Interaction>
</Pathway>`;

const billionLaughs = `${HEAD}<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n]>\n<Pathway xmlns="${NS}" Name="&lol3;"/>`;
const externalEntity = `${HEAD}<!DOCTYPE p [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<Pathway xmlns="${NS}" Name="&xxe;"/>`;
const truncated = fixture('WP2380.gpml').slice(0, 100_000);

/** Hostile or broken inputs: each is refused, with a located message, quickly. */
const HOSTILE: [name: string, text: string, where: RegExp, message: RegExp][] = [
  ['entity bomb (billion laughs)', billionLaughs, /^line 2, column 1$/, /<!DOCTYPE> declaration/],
  ['external entity (XXE)', externalEntity, /^line 2, column 1$/, /<!DOCTYPE> declaration/],
  ['entity declaration without DOCTYPE', `${HEAD}<Pathway xmlns="${NS}">\n<!ENTITY x "y">\n</Pathway>`, /^line 3, column 1$/, /<!ENTITY> declaration/],
  ['undeclared entity reference', `${HEAD}<Pathway xmlns="${NS}" Name="&xxe;"/>`, /^line 2, column \d+$/, /undefined entity/],
  ['not GPML: SVG', `${HEAD}<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>`, /^line 2, column \d+$/, /root element is <svg>/],
  ['Pathway in a foreign namespace', `${HEAD}<Pathway xmlns="http://example.org/other"/>`, /^line 2, column \d+$/, /not GPML this app reads/],
  ['old GenMAPP GPML 2010a', `${HEAD}<Pathway xmlns="http://genmapp.org/GPML/2010a" Name="x"/>`, /^line 2, column \d+$/, /GPML 2010a.*PathVisio/],
  ['old GenMAPP GPML 2007', `${HEAD}<Pathway xmlns="http://genmapp.org/GPML/2007" Name="x"/>`, /^line 2, column \d+$/, /GPML 2007/],
  ['malformed: mismatched tags', `${HEAD}<Pathway xmlns="${NS}">\n  <DataNode></Label>\n</Pathway>`, /^line 3, column \d+$/, /not well-formed XML/],
  ['truncated file', truncated, /^line \d+, column \d+$/, /not well-formed XML/],
  ['binary junk', '\u0000\u0001PK\u0003', /^\(file\)$/, /binary/],
  ['empty file', '   \n', /^\(file\)$/, /empty/],
  ['no DataNodes', `${HEAD}<Pathway xmlns="${NS}" Name="Empty"/>`, /^\(file\)$/, /no DataNodes/],
  ['deep nesting', `${HEAD}<Pathway xmlns="${NS}">${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</Pathway>`, /^line 2, column \d+$/, /deeper than 64/],
  ['oversize', `${HEAD}<Pathway xmlns="${NS}">${' '.repeat(XML_LIMITS.maxChars)}</Pathway>`, /^\(file\)$/, /too large/],
];

describe('the XML front door refuses hostile and broken input with a located message', () => {
  it.each(HOSTILE)('%s', (_name, text, where, message) => {
    const started = performance.now();
    const r = gpmlToPack(text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]!.path).toMatch(where);
    expect(r.problems[0]!.message).toMatch(message);
  });

  it('caps the element count', () => {
    const r = readGpml(fixture('WP2380.gpml'), { ...XML_LIMITS, maxElements: 500 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ path: expect.stringMatching(/^line \d+, column \d+$/), message: 'has more than 500 elements' });
  });

  it('never lets an attribute named __proto__ reach Object.prototype', () => {
    const text = small.replace('Name="Tiny"', 'Name="Tiny" __proto__="polluted"');
    expect(gpmlToPack(text).ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads a tiny hand-written file: inhibition arrowhead → negative edge, Entrez id kept', () => {
    const r = gpmlToPack(small);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value.pack.edges.map((e) => [e.source, e.target, e.kind])).toEqual([['a', 'b', 'negative']]);
    expect(r.value.pack.nodes[0]!.identifiers).toEqual([{ db: 'ncbigene', id: '627', source: 'Entrez Gene' }]);
    expect(r.value.pack.steps.map((s) => s.narration)).toEqual(['The signal starts at A.', 'A inhibits B.']);
  });
});

describe('fuzzing the front door (fast-check)', () => {
  // The seed is fixed (deterministic runs) and printed; FC_SEED=n in the environment tries another.
  const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
  const seed = Number(env.FC_SEED ?? 1515);
  it(`never throws, and either converts to a valid pack or names located problems (seed ${seed})`, () => {
    console.log(`fast-check seed for the GPML front door: ${seed} (set FC_SEED to change)`);
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat(small.length) }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(small.length), text: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('<', '>', '&', '&amp;', '"', '<!--', ']]>', '<![CDATA[', '&#0;', '&#xD800;', '</Pathway>', '<DataNode>', 'GraphRef="i1"', '\u0000', '\uFFFE')) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(small.length), n: fc.integer({ min: 1, max: 20 }) }),
    );
    fc.assert(fc.property(fc.array(mutation, { maxLength: 4 }), (muts) => {
      let text = small;
      for (const m of muts) {
        if (m.kind === 'cut') text = text.slice(0, m.at);
        else if (m.kind === 'insert') text = text.slice(0, m.at) + m.text + text.slice(m.at);
        else text = text.slice(0, m.at) + text.slice(m.at + m.n);
      }
      const r = gpmlToPack(text);
      if (r.ok) return r.value.pack.nodes.length > 0;
      return r.problems.length > 0 && r.problems.every((p) => p.path.length > 0 && p.message.length > 0);
    }), { seed, numRuns: 400 });
  });
});
