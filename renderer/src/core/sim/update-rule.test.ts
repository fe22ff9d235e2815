import { describe, expect, it } from 'vitest';
import { PackIndex } from '../graph/pack-index.ts';
import { checkPack } from '../pack/validate-pack.ts';
import type { Intervention } from '../pack/schema.ts';
import { simulate } from './simulate.ts';

// Small synthetic graphs, one per engine semantic, written as
//   "S -> A", "A -| B" (negative), "A => B" (necessary), and the imported
//   interactions "A -- B" (plain line), "A -b B" (binding), "A -? B" (unknown
//   sign), "A -c B" (catalysis), "A -p B" (part of a complex).
const ev = { status: 'verified', refs: ['r1'] };
const ARROWS: Record<string, object> = {
  '->': { kind: 'positive' }, '-|': { kind: 'negative' }, '=>': { kind: 'necessary' },
  '--': { kind: 'unknown', interaction: 'line', directed: false }, '-b': { kind: 'unknown', interaction: 'binding' },
  '-?': { kind: 'unknown', interaction: 'modification' }, '-c': { kind: 'positive', interaction: 'catalysis' },
  '-p': { kind: 'positive', interaction: 'part-of' },
};

function graph(spec: string[], nodeOptions: Record<string, object> = {}): PackIndex {
  const ids = new Set<string>(['S']);
  const edges = spec.map((line, i) => {
    const [, source, arrow, target] = /^(\w+) (\S\S) (\w+)$/.exec(line)!;
    ids.add(source!).add(target!);
    return { id: `e${i}`, source, target, ...ARROWS[arrow!]!, mechanism: 'acts', evidence: ev };
  });
  const nodes = [...ids].map((id) => ({ id, label: id, kind: id === 'S' ? 'drug' : 'protein', compartment: 'c', description: id, evidence: ev, ...nodeOptions[id] }));
  const raw = {
    format: 'pathway-pack', formatVersion: 1, id: 'syn', version: '1.0.0', title: 'Synthetic',
    provenance: { figureId: 'f', paperTitle: 'p', citation: 'c', license: 'CC0', attribution: 'a' },
    stimulus: 'S', compartments: [{ id: 'c', label: 'Cell', kind: 'cell' }], nodes, edges,
    steps: [{ id: 's1', title: 'Start', narration: 'S.', nodes: ['S'], edges: [], timeScale: 'seconds', evidence: ev }],
    references: [{ id: 'r1', journal: 'J', year: 2020 }],
  };
  const r = checkPack(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return new PackIndex(r.value);
}

const iv = (node: string, kind: Intervention['kind'], action: Intervention['action']): Intervention => ({
  id: `${kind}-${node}`, name: `${kind} ${node}`, kind, action, targets: [{ node }], mechanism: 'm', description: 'd', evidence: ev as Intervention['evidence'],
});

const on = (index: PackIndex, interventions: Intervention[] = [], stimulus = true) =>
  [...simulate(index, { stimulus, interventions }).final.on].filter((n) => n !== 'S').sort().join(' ');

// A mutual pair: each of A and B needs the trigger T and the other (like BDNF
// and VEGF, each released only while the other's receptor signals).
const mutual = () => graph(['S -> T', 'T -> A', 'T -> B', 'B => A', 'A => B', 'A -> OUT'], { OUT: {} });

describe('the update rule on synthetic graphs', () => {
  it.each([
    ['OR: any positive input', ['S -> A', 'S -> B', 'A -> C', 'B -> C'], {}, [], 'A B C'],
    ['AND: all positive inputs', ['S -> A', 'A -> C', 'B -> C'], { C: { logic: 'all' } }, [], 'A'],
    ['necessary input required', ['S -> A', 'A -> C', 'B => C'], {}, [], 'A'],
    ['a conducting negative input wins', ['S -> A', 'S -> B', 'A -> C', 'B -| C'], {}, [], 'A B'],
    ['a basal node is on with no input', ['S -> A', 'T -| B'], { B: { basal: true } }, [], 'A B'],
    ['a basal node is silenced by an acute block of its driver', ['D -> B', 'S -> A'], { D: { basal: true }, B: { basal: true } }, [iv('D', 'drug', 'inhibit')], 'A'],
    ['a basal node adapts to the genetic loss of its only driver', ['D -> B', 'S -> A'], { D: { basal: true }, B: { basal: true } }, [iv('D', 'genetic', 'inhibit')], 'A B'],
    ['a non-basal node does not adapt to a genetic loss', ['D -> B', 'S -> A'], { D: { basal: true } }, [iv('D', 'genetic', 'inhibit')], 'A'],
    ['a neutralized node is on but acts on nothing', ['S -> A', 'A -> B'], {}, [iv('A', 'antibody', 'neutralize')], 'A'],
    // Imported interactions (sim/edge-role.ts).
    ['a plain line carries no signal', ['S -> A', 'A -- B'], {}, [], 'A'],
    ['a binding carries no signal', ['S -> A', 'A -b B'], {}, [], 'A'],
    ['an unknown sign carries no signal', ['S -> A', 'A -? B'], {}, [], 'A'],
    ['an unknown-sign input does not count as an OR input either', ['S -> A', 'A -? C', 'B -> C'], {}, [], 'A'],
    ['catalysis: the product needs its substrate and a catalyst', ['S -> A', 'S -> E', 'A -> P', 'E -c P'], {}, [], 'A E P'],
    ['catalysis: inhibiting the only catalyst stops the product', ['S -> A', 'S -> E', 'A -> P', 'E -c P'], {}, [iv('E', 'drug', 'inhibit')], 'A'],
    ['catalysis: one of two catalysts is enough', ['S -> A', 'S -> E', 'S -> F', 'A -> P', 'E -c P', 'F -c P'], {}, [iv('E', 'drug', 'inhibit')], 'A F P'],
    ['catalysis: a product with no drawn substrate is made while a catalyst is on', ['S -> E', 'E -c P'], {}, [], 'E P'],
    ['catalysis: an inactive catalyst gives no product', ['S -> A', 'A -> P', 'E -c P'], {}, [], 'A'],
    ['part of a complex: one member is enough', ['S -> M1', 'M1 -p X', 'M2 -p X', 'X -> Y'], {}, [], 'M1 X Y'],
    ['part of a complex: inhibiting one member leaves the complex to the other', ['S -> M1', 'S -> M2', 'M1 -p X', 'M2 -p X'], {}, [iv('M1', 'drug', 'inhibit')], 'M2 X'],
  ] as const)('%s', (_name, spec, options, interventions, expected) => {
    expect(on(graph([...spec], options), [...interventions])).toBe(expected);
  });
});

describe('ignition: self-reinforcing loops whose members need each other', () => {
  it.each([
    ['a real trigger starts the mutual pair, which then sustains itself', [], true, 'A B OUT T'],
    ['without the trigger nothing starts (no ignition from nothing)', [], false, ''],
    ['neutralizing one member collapses both', [iv('B', 'antibody', 'neutralize')], true, 'T'],
    ['blocking one member collapses the other', [iv('A', 'drug', 'inhibit')], true, 'T'],
    ['blocking the trigger leaves both off', [iv('T', 'drug', 'inhibit')], true, ''],
  ] as const)('%s', (_name, interventions, stimulus, expected) => {
    expect(on(mutual(), [...interventions], stimulus)).toBe(expected);
  });

  it('ignition needs a real input: a pair with no trigger of its own stays off', () => {
    expect(on(graph(['B => A', 'A => B', 'A -> OUT', 'S -> T']))).toBe('T');
  });

  it('positive feedback onto the burst cannot sustain the pair once disinhibition is blocked', () => {
    // S -| G -| P -> BURST -> CA, CA drives the mutual pair A/B (release of two
    // factors that need each other), and A feeds back onto BURST (presynaptic
    // receptors boosting release). Every input of A and B lies on a loop, so
    // only the rule that ignition needs a real input keeps the loop off here.
    const net = graph(['S -| G', 'G -| P', 'P -> BURST', 'BURST -> CA', 'CA -> A', 'CA -> B', 'B => A', 'A => B', 'A -> BURST'], {
      G: { basal: true }, P: { basal: true }, A: { logic: 'all' }, B: { logic: 'all' },
    });
    expect(on(net)).toBe('A B BURST CA P');
    expect(on(net, [iv('G', 'drug', 'activate')])).toBe('G');
    expect(on(net, [], false)).toBe('G');
  });

  it('the loop survives only as long as it sustains itself, with or without the stimulus at rest', () => {
    // A mimic given without the stimulus (T forced on) ignites the pair at rest too.
    expect(on(mutual(), [iv('T', 'drug', 'activate')], false)).toBe('A B OUT T');
  });

  it('a loop closed only by a plain line or a binding is not a loop', () => {
    const index = graph(['S -> A', 'A -> B', 'B -b A', 'B -- A']);
    expect(index.cyclicNodes().size).toBe(0);
    expect(new Set(index.positiveLoops().values()).size).toBe(index.pack.nodes.length);
  });

  it('reports an oscillating negative loop instead of hanging', () => {
    const sim = simulate(graph(['S -> A', 'A -> B', 'B -| A']), { stimulus: true, interventions: [] });
    expect(sim.final.oscillating.sort()).toEqual(['A', 'B']);
  });
});
