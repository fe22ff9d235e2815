import { describe, expect, it } from 'vitest';
import { PackIndex } from '../graph/pack-index.ts';
import { bundledPathway, ketaminePack } from '../test-fixtures.ts';
import { gpmlToPack } from '../gpml/gpml-to-pack.ts';
import { fixture } from '../gpml/gpml-fixtures.ts';
import type { PathwayPack } from '../pack/schema.ts';
import { packQuestions } from './generate.ts';
import { packViolations } from './rules.ts';
import { pathOrders } from './chain-order.ts';
import type { Question } from './question.ts';

const wp2380 = new PackIndex(bundledPathway('WP2380'));
const wp4141 = new PackIndex(bundledPathway('WP4141'));
const imported = (name: string): PathwayPack => {
  const r = gpmlToPack(fixture(name));
  if (!r.ok) throw new Error(`${name} did not convert`);
  return r.value.pack;
};
const wp2841 = new PackIndex(imported('WP2841.gpml'));
const bank = packQuestions(wp2380, 1);
type Choice = Extract<Question, { kind: 'choice' }>;
type Order = Extract<Question, { kind: 'order' }>;
const choiceLabels = (index: PackIndex, q: Question) => (q.kind === 'choice' ? q.choices.map((c) => c.label) : []);

describe('questions on an imported pathway (WP2380, BDNF signalling)', () => {
  it('use only the families that need no hand-written content', () => {
    expect([...new Set(bank.map((q) => q.family))].sort()).toEqual(['downstream', 'gene', 'locate', 'order', 'upstream']);
  });

  it('ask about NTRK2 once per direction, in natural words, though it is drawn twice', () => {
    const prompts = bank.map((q) => q.prompt);
    expect(prompts.filter((p) => p === 'What does NTRK2 act on directly in this pathway?')).toHaveLength(1);
    expect(prompts.filter((p) => p === 'What acts directly on NTRK2 in this pathway?')).toHaveLength(1);
    expect(new Set(prompts).size).toBe(prompts.length);
  });

  it('explain from the drawn link only', () => {
    const q = bank.find((x) => x.prompt === 'What does LINGO1 act on directly in this pathway?') as Choice;
    expect(q.explanation).toBe('LINGO1 inhibits NTRK2, as drawn in WikiPathways WP2380.');
  });

  it('never use a place marker (CY, NU, EC), a garbled label or a phenotype in what-acts-on-what', () => {
    for (const q of bank.filter((x) => x.family === 'downstream' || x.family === 'upstream')) {
      const ids = [...q.nodes, ...(q as Choice).choices.map((c) => c.id)];
      for (const id of ids) {
        const n = wp2380.node(id);
        expect(['CY', 'NU', 'EC']).not.toContain(n.label);
        expect(n.label).not.toMatch(/[\u0600-\u06ff]/);
        expect(n.kind).not.toBe('phenotype');
      }
    }
  });

  it('never offer a copy, a member or the complex of the key, nor two options that are one entity', () => {
    for (const q of bank.filter((x): x is Choice => x.family === 'downstream' || x.family === 'upstream')) {
      const key = wp2380.node(q.answer).label;
      for (const label of choiceLabels(wp2380, q).filter((l) => l !== key)) {
        expect(label.split(':')).not.toContain(key);
        expect(key.split(':')).not.toContain(label);
      }
    }
  });

  it('never offer a family name for one of its members (PKC when PRKCD is asked about)', () => {
    const prkcd = bank.filter((q) => q.nodes.some((n) => wp2380.node(n).label === 'PRKCD'));
    expect(prkcd.length).toBeGreaterThan(0);
    for (const q of prkcd) expect(choiceLabels(wp2380, q)).not.toContain('PKC');
  });

  it('ask gene symbols by a protein name, keyed on the symbol drawn (TrkB → NTRK2), never from a record whose identifiers disagree', () => {
    const trkb = bank.find((q) => q.prompt === 'Which human gene (HGNC symbol) encodes TrkB?') as Choice;
    expect(trkb.answer).toBe('NTRK2');
    expect(trkb.explanation).toContain('Entrez Gene 4915');
    // WP2380 gives CEBPB the Entrez id of CREB1: neither is asked about.
    const genes = bank.filter((q) => q.family === 'gene').map((q) => wp2380.node(q.nodes[0]!).label);
    expect(genes).not.toContain('CEBPB');
    expect(genes).not.toContain('CREB1');
    // IKK1 is a protein name, not a symbol: never offered as one.
    expect(bank.filter((q) => q.family === 'gene').flatMap((q) => choiceLabels(wp2380, q))).not.toContain('IKK1');
  });

  it('do not ask to find NTRK2, drawn twice in the same place', () => {
    expect(bank.filter((q) => q.kind === 'locate').map((q) => wp2380.node(q.nodes[0]!).label)).not.toContain('NTRK2');
  });
});

describe('order along the derived lesson', () => {
  it('WP4141: names, not the numbered step titles, each linked directly to the next', () => {
    const first = packQuestions(wp4141, 1).find((q) => q.kind === 'order') as Order;
    expect(first.answer.map((id) => wp4141.node(id).label)).toEqual(['1,25-(OH)2-D3', 'VDR', 'PI3K', 'AKT']);
    expect(first.items.every((i) => !/link/.test(i.label))).toBe(true);
    expect(first.explanation).toBe('1,25-(OH)2-D3 leads to VDR. VDR activates PI3K. PI3K activates AKT. (As drawn in WikiPathways WP4141.)');
  });
});

describe('species', () => {
  it('WP2841 (mouse) asks for mouse genes, keyed in the mouse case', () => {
    const genes = packQuestions(wp2841, 1).filter((q): q is Choice => q.family === 'gene');
    expect(genes.length).toBeGreaterThan(0);
    for (const q of genes) {
      expect(q.prompt).toMatch(/^Which mouse gene \(MGI symbol\) encodes /);
      expect(q.answer).toMatch(/^[A-Z][a-z0-9-]+$/);
    }
    expect(genes.find((q) => q.prompt.endsWith('encodes Flk-1?'))?.answer).toBe('Kdr');
  });
});

// The checker must catch each pitfall of imported data, or a clean run proves nothing.
const find = (kc: string) => structuredClone(bank.find((q) => q.kc === kc)!);
const direction = () => structuredClone(bank.find((q): q is Choice => q.prompt === 'What does LINGO1 act on directly in this pathway?')!);
const id = (label: string, index = wp2380) => index.pack.nodes.find((n) => n.label === label)!.id;
const swapOption = (q: Choice, label: string): Choice => {
  const wrong = q.choices.find((c) => c.id !== q.answer)!;
  return { ...q, choices: q.choices.map((c) => (c === wrong ? { id: id(label), label } : c)) };
};
const chain = () => structuredClone(packQuestions(wp4141, 1).find((q): q is Order => q.kind === 'order')!);

const bad: [string, PackIndex, () => Question[]][] = [
  ['place-marker', wp2380, () => [swapOption(direction(), 'CY')]],
  ['not-a-molecule', wp2380, () => [swapOption(direction(), 'Apoptosis')]],
  ['twin-option', wp2380, () => {
    const q = swapOption(direction(), 'MAPK3:MAPK1');
    return [{ ...q, choices: [...q.choices.slice(0, 3), { id: id('MAPK3'), label: 'MAPK3' }] }];
  }],
  ['twin-option', wp2380, () => {
    const q = structuredClone(bank.find((x): x is Choice => x.prompt === 'What does PRKCD act on directly in this pathway?')!);
    const wrong = q.choices.filter((c) => c.id !== q.answer);
    return [{ ...q, choices: q.choices.map((c) => (c === wrong[0] ? { id: id('PKC'), label: 'PKC' } : c === wrong[1] ? { id: id('PRKCD'), label: 'PRKCD' } : c)) }];
  }],
  ['undirected-key', wp2380, () => [{ ...direction(), kc: 'edge:b92fc' }]],
  ['locate-twin', wp2380, () => [{ ...structuredClone(bank.find((q) => q.kind === 'locate')!), node: id('NTRK2'), nodes: [id('NTRK2')] } as Question]],
  ['gene-species', wp2841, () => {
    const q = structuredClone(packQuestions(wp2841, 1).find((x) => x.family === 'gene')!);
    return [{ ...q, prompt: q.prompt.replace('mouse gene (MGI', 'human gene (HGNC') }];
  }],
  ['gene-key-not-drawn', wp2380, () => [{ ...(find(bank.find((q) => q.prompt.endsWith('encodes TrkB?'))!.kc) as Choice), answer: 'TRKB' }]],
  ['garbled-text', wp2380, () => [{ ...direction(), explanation: 'ط®آ³-secretase complex cleaves NTRK2.' }]],
  ['order-not-causal', wp4141, () => {
    const q = chain();
    return [{ ...q, answer: [q.answer[0]!, q.answer[2]!, q.answer[1]!, q.answer[3]!] }];
  }],
  ['order-twins', wp4141, () => {
    const q = chain();
    return [{ ...q, answer: [...q.answer.slice(0, 3), id('VDR', wp4141)] }];
  }],
  ['order-start-later', wp4141, () => {
    const q = chain();
    return [{ ...q, answer: [q.answer[1]!, id('1,25-(OH)2-D3', wp4141), ...q.answer.slice(2)] }];
  }],
  ['order-gives-away', wp4141, () => {
    const q = chain();
    return [{ ...q, items: q.items.map((it, i) => (i === 0 ? { ...it, label: `1 link away: ${it.label}` } : it)) }];
  }],
];

describe('the checker reports each pitfall of imported data', () => {
  it.each(bad)('%s', (rule, index, make) => {
    expect(packViolations(index, make()).map((v) => v.rule)).toContain(rule);
  });

  it('order-ambiguous: items on a loop (WP2380: NTRK2 → SQSTM1 → TRAF6 → NTRK2) can be put in three orders', () => {
    const q = chain();
    const loop = ['SQSTM1', 'TRAF6', 'NTRK2'].map((l) => id(l));
    const rules = packViolations(wp2380, [{ ...q, kc: 'chain:loop', answer: loop, nodes: loop, items: loop.map((i) => ({ id: i, label: wp2380.node(i).label })) }]).map((v) => v.rule);
    expect(rules).toContain('order-ambiguous');
    expect(pathOrders([[false, true, false], [false, false, true], [true, false, false]])).toBe(3);
    expect(pathOrders([[false, true, false], [false, false, true], [false, false, false]])).toBe(1);
  });

  it('defensible-copy: another copy of a defensible answer', () => {
    const index = new PackIndex(bundledPathway('WP4141'));
    const q = structuredClone(packQuestions(index, 1).find((x): x is Choice => x.prompt === 'What does VDR act on directly in this pathway?')!);
    const rxr = index.pack.nodes.find((n) => n.label === 'RXR' && n.id !== 'node-auto-1')!;
    expect(packViolations(index, [swapOption4141(q, rxr.id, 'RXR')]).map((v) => v.rule)).toContain('defensible-copy');
  });

  it('the hand-written ketamine pack is still clean under these rules', () => {
    const index = new PackIndex(ketaminePack());
    expect(packViolations(index, packQuestions(index, 1))).toEqual([]);
  });
});

function swapOption4141(q: Choice, optionId: string, label: string): Choice {
  const wrong = q.choices.find((c) => c.id !== q.answer)!;
  return { ...q, choices: q.choices.map((c) => (c === wrong ? { id: optionId, label } : c)) };
}
