import { describe, expect, it } from 'vitest';
import { checkPack, validatePackText } from './validate-pack.ts';
import { ketamineRaw, ketamineText, tinyPackRaw } from '../test-fixtures.ts';

describe('the shipped ketamine pack', () => {
  const result = validatePackText(ketamineText);
  it('is valid', () => {
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
  it('is as rich as the brief asks', () => {
    if (!result.ok) throw new Error('invalid');
    const p = result.value;
    expect(p.nodes.length).toBeGreaterThanOrEqual(25);
    expect(p.edges.length).toBeGreaterThanOrEqual(30);
    expect(p.steps.length).toBeGreaterThanOrEqual(14);
    expect(p.steps.filter((s) => s.detail === 'basic').length).toBeGreaterThanOrEqual(14);
  });
  it('marks the PLCγ branch and presynaptic feedback as the authors\' model', () => {
    if (!result.ok) throw new Error('invalid');
    const byId = new Map(result.value.edges.map((e) => [e.id, e]));
    const modelTargets = ['plcg', 'ca_store', 'pre_trkb', 'pre_flk1'];
    for (const t of modelTargets) {
      const into = result.value.edges.filter((e) => e.target === t);
      expect(into.length, t).toBeGreaterThan(0);
      into.forEach((e) => expect(byId.get(e.id)!.evidence.status, e.id).toBe('model'));
    }
  });
  it('marks every heterologous-release link as the authors\' model, never verified', () => {
    if (!result.ok) throw new Error('invalid');
    const hetero = result.value.edges.filter((e) => e.source === 'hetero' || e.target === 'hetero' || e.kind === 'necessary');
    expect(hetero.map((e) => e.id).sort()).toEqual(['e25', 'e26', 'e27', 'e41', 'e42']);
    for (const e of hetero) expect(e.evidence.status, e.id).toBe('model');
  });
  it('places GABA-A receptors on the pyramidal soma and dendrites, and the glutamate burst at the terminal', () => {
    if (!result.ok) throw new Error('invalid');
    const where = (id: string) => result.value.nodes.find((n) => n.id === id)!.compartment;
    expect([where('gabaa'), where('pyr_firing'), where('glu_burst')]).toEqual(['pyr_soma', 'pyr_soma', 'pre']);
  });
  it('gives TrkB and Flk-1 their human genes', () => {
    if (!result.ok) throw new Error('invalid');
    const genes = (id: string) => result.value.nodes.find((n) => n.id === id)!.genes!.map((g) => [g.symbol, g.entrez]);
    expect(genes('trkb')).toEqual([['NTRK2', 4915]]);
    expect(genes('flk1')).toEqual([['KDR', 3791]]);
  });
});

type Breaker = (p: Record<string, any>) => void;
const broken: [string, Breaker, string, RegExp][] = [
  ['dangling edge target', (p) => (p.edges[0].target = 'nowhere'), 'edges[0].target', /unknown node "nowhere"/],
  ['dangling edge source', (p) => (p.edges[3].source = 'ghost'), 'edges[3].source', /unknown node "ghost"/],
  ['duplicate node id', (p) => (p.nodes[1].id = p.nodes[0].id), 'nodes[1].id', /duplicate id "ketamine"/],
  ['duplicate edge id', (p) => (p.edges[2].id = 'e01'), 'edges[2].id', /duplicate id "e01"/],
  ['unknown step node', (p) => p.steps[2].nodes.push('nonexistent'), 'steps[2].nodes[3]', /unknown node "nonexistent"/],
  ['unknown step edge', (p) => p.steps[2].edges.push('e999'), 'steps[2].edges[3]', /unknown edge "e999"/],
  ['label of wrong type', (p) => (p.nodes[4].label = 42), 'nodes[4].label', /wrong type/],
  ['missing description', (p) => delete p.nodes[5].description, 'nodes[5].description', /required/],
  ['unknown node kind', (p) => (p.nodes[0].kind = 'spaceship'), 'nodes[0].kind', /Invalid type|Expected/],
  ['evidence status outside the list', (p) => (p.edges[0].evidence.status = 'probably'), 'edges[0].evidence.status', /verified, established, model, unverified/],
  ['evidence citing an unknown reference', (p) => (p.nodes[0].evidence.refs = ['nobody2099']), 'nodes[0].evidence.refs[0]', /unknown reference/],
  ['verified without a reference', (p) => (p.nodes[0].evidence.refs = []), 'nodes[0].evidence.refs', /needs at least one reference/],
  ['misspelt field', (p) => (p.nodes[2].lable = 'x'), 'nodes[2]', /unknown field "lable"/],
  ['wrong format version', (p) => (p.formatVersion = 2), 'formatVersion', /only version/],
  ['bad pack version', (p) => (p.version = 'v1'), 'version', /version like 1\.2\.0/],
  ['step edge before its source appears', (p) => p.steps[1].edges.push('e40'), 'steps[1].edges[2]', /ends at "outcome"|starts at "synaptogenesis"/],
  ['basic step using an advanced node', (p) => p.steps[0].nodes.push('plcg'), 'steps[0].nodes[1]', /basic step uses advanced node "plcg"/],
  ['caption fragment not in the caption', (p) => (p.steps[3].caption = 'ketamine cures everything'), 'steps[3].caption', /not a fragment/],
  ['only some nodes positioned', (p) => delete p.nodes[7].position, 'nodes[7].position', /every node has a position or none/],
  ['intervention on an unknown node', (p) => (p.interventions[0].targets = [{ node: 'zzz' }]), 'interventions[0].targets[0].node', /unknown node "zzz"/],
  ['quiz answer out of range', (p) => (p.quiz[0].answer = 9), 'quiz[0].answer', /only 4 choices/],
  ['compartment cycle', (p) => (p.compartments[0].parent = 'int'), 'compartments[0].parent', /its own ancestor/],
  ['unknown stimulus', (p) => (p.stimulus = 'caffeine'), 'stimulus', /unknown node "caffeine"/],
  ['a time badge going back', (p) => (p.steps[4].timeScale = 'milliseconds'), 'steps[4].timeScale', /"milliseconds" comes after "minutes" \(step "s04" in Basic detail\): time badges must not go back/],
  ['an advanced step going back in time', (p) => (p.steps[10].timeScale = 'seconds'), 'steps[10].timeScale', /comes after "minutes" \(step "s12"\)/],
  ['an outcome for a node that is not a readout', (p) => (p.interventions[2].experiment.outcomes = { gaba: 'lost' }), 'interventions[2].experiment.outcomes.gaba', /not a readout/],
  ['outcomes without saying whether the stimulus was given', (p) => delete p.interventions[2].experiment.stimulus, 'interventions[2].experiment.stimulus', /is required with "outcomes"/],
  ['an outcome that is not kept, lost or not measured', (p) => (p.interventions[2].experiment.outcomes.bdnf = 'gone'), 'interventions[2].experiment.outcomes.bdnf', /"kept", "lost" or "not measured"/],
  ['alsoIn naming an unknown compartment', (p) => (p.nodes[1].alsoIn = ['mars']), 'nodes[1].alsoIn[0]', /unknown compartment "mars"/],
  ['an edge drawn from a group that does not exist', (p) => (p.edges[0].drawnFrom = 'family'), 'edges[0].drawnFrom', /unknown group "family"/],
  ['an edge drawn to a group that does not hold its target', (p) => {
    p.groups = [{ id: 'family', members: [p.edges[0].source] }];
    p.edges[0].drawnTo = 'family';
  }, 'edges[0].drawnTo', /group "family" does not hold "[^"]+", the edge's target/],
];

describe('broken packs are refused with the JSON path', () => {
  it.each(broken)('%s', (_name, breakIt, path, message) => {
    const raw = ketamineRaw();
    breakIt(raw);
    const r = checkPack(raw);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.some((p) => p.path === path && message.test(p.message)), JSON.stringify(r.problems.slice(0, 3))).toBe(true);
  });
});

describe('hostile pack files are refused before parsing gets expensive', () => {
  it.each([
    ['not JSON at all', '{"format": "pathway-pack",\n  nope }', /line 2, column 3/, /not valid JSON/],
    ['binary junk', '\u0000\u0001\u0002PK', /\(file\)/, /binary/],
    ['deep nesting', '['.repeat(50_000) + ']'.repeat(50_000), /line 1, column 33/, /deeper than 32/],
    ['oversize', ' '.repeat(5_000_001), /\(file\)/, /too large/],
    ['__proto__ key', '{"format":"pathway-pack","__proto__":{"polluted":true}}', /__proto__/, /not allowed/],
  ])('%s', (_name, text, path, message) => {
    const started = performance.now();
    const r = validatePackText(text);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]!.path).toMatch(path);
    expect(r.problems[0]!.message).toMatch(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('a small pack without positions', () => {
  it('is valid', () => {
    const r = checkPack(tinyPackRaw());
    expect(r.ok ? [] : r.problems).toEqual([]);
  });
});

describe('the bundle manifest', async () => {
  const { parseManifest } = await import('./bundle-manifest.ts');
  const { manifestText } = await import('../test-fixtures.ts');
  it('accepts the shipped manifest', () => expect(parseManifest(manifestText).ok).toBe(true));
  it.each([
    ['{"format":"x","packs":[],"figures":[]}', 'format'],
    ['{"format":"pathway-bundle","packs":[{"id":"a","version":"1","file":"../etc/passwd"}],"figures":[]}', 'packs[0].file'],
    ['{"format":"pathway-bundle","packs":{},"figures":[]}', 'packs'],
    ['{"format":"pathway-bundle","packs":[],"figures":[{"id":"f","file":"figures/a.md"}]}', 'figures[0].revision'],
  ])('refuses %s at %s', (text, path) => {
    const r = parseManifest(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toContain(path);
  });
});
