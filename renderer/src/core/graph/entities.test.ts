import { describe, expect, it } from 'vitest';
import type { PathwayNode } from '../pack/schema.ts';
import { isLocationLabel, isMoleculeNode, looksGarbled, sameEntity } from './entities.ts';

const node = (label: string, kind: PathwayNode['kind'] = 'protein', extra: Partial<PathwayNode> = {}): PathwayNode => ({
  id: `${label}-${kind}-${extra.id ?? ''}`, label, kind, compartment: 'c', description: label, evidence: { status: 'database', refs: ['r'] },
  detail: 'basic', logic: 'any', basal: false, ...extra,
});

describe('what the nodes of an imported pathway stand for', () => {
  it.each([
    ['CY', 'phenotype', true], ['NU', 'phenotype', true], ['EC', 'phenotype', true], ['Nucleus', 'phenotype', true],
    ['Plasma membrane', 'unknown', true], ['Apoptosis', 'phenotype', false], ['NU', 'protein', false], ['PKC', 'unknown', false],
  ] as const)('%s (%s) is a place marker: %s', (label, kind, expected) => {
    expect(isLocationLabel(node(label, kind))).toBe(expected);
  });

  it.each([
    ['ط®آ³-secretase complex', true], ['CafÃ©', true], ['â€œquotedâ€', true], ['γ-secretase complex', false], ['Ca²⁺', false], ['PLCγ', false], ['GSK-3β', false],
  ])('%s garbled: %s', (text, expected) => expect(looksGarbled(text)).toBe(expected));

  it('molecules are entities, not events, place markers or garbled text', () => {
    expect(isMoleculeNode(node('NTRK2'))).toBe(true);
    expect(isMoleculeNode(node('PIP2', 'metabolite'))).toBe(true);
    expect(isMoleculeNode(node('Apoptosis', 'phenotype'))).toBe(false);
    expect(isMoleculeNode(node('CY', 'unknown'))).toBe(false);
    expect(isMoleculeNode(node('ط®آ³-secretase complex', 'unknown'))).toBe(false);
  });

  it('the same entity: same label in any case, or a shared gene identifier', () => {
    const entrez = (id: string) => ({ identifiers: [{ db: 'ncbigene', id }] });
    expect(sameEntity(node('NTRK2', 'protein', { id: 'a' }), node('ntrk2', 'protein', { id: 'b' }))).toBe(true);
    expect(sameEntity(node('IKK2', 'protein', entrez('3551')), node('IKBKB', 'protein', entrez('3551')))).toBe(true);
    expect(sameEntity(node('NTRK2', 'protein', entrez('4915')), node('NTRK3', 'protein', entrez('4916')))).toBe(false);
    // A human gene entry and a database identifier name the same gene.
    expect(sameEntity(node('TrkB', 'receptor', { genes: [{ symbol: 'NTRK2', entrez: 4915 }] }), node('NTRK2', 'protein', entrez('4915')))).toBe(true);
  });
});
