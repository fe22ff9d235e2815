import { describe, expect, it } from 'vitest';
import type { PathwayEdge } from '../pack/schema.ts';
import { ketaminePack } from '../test-fixtures.ts';
import { edgeRole } from './edge-role.ts';

const edge = (extra: Partial<PathwayEdge>): PathwayEdge => ({ id: 'e', source: 'a', target: 'b', kind: 'positive', mechanism: 'm', evidence: { status: 'database', refs: ['r'] }, detail: 'basic', ...extra });

describe('edgeRole', () => {
  it.each([
    ['an arrow', { kind: 'positive', interaction: 'activation' }, 'activate'],
    ['a conversion', { kind: 'positive', interaction: 'conversion' }, 'activate'],
    ['transcription/translation', { kind: 'positive', interaction: 'transcription-translation' }, 'activate'],
    ['a translocation', { kind: 'positive', interaction: 'translocation' }, 'activate'],
    ['part of a complex', { kind: 'positive', interaction: 'part-of' }, 'activate'],
    ['a catalysis', { kind: 'positive', interaction: 'catalysis' }, 'catalyse'],
    ['a catalysis of an inhibiting reaction', { kind: 'negative', interaction: 'catalysis' }, 'inhibit'],
    ['an inhibition', { kind: 'negative', interaction: 'inhibition' }, 'inhibit'],
    ['a necessary stimulation', { kind: 'necessary', interaction: 'necessary-stimulation' }, 'require'],
    ['a plain line', { kind: 'unknown', interaction: 'line', directed: false }, 'none'],
    ['an undirected edge of any kind', { kind: 'positive', directed: false }, 'none'],
    ['a binding', { kind: 'unknown', interaction: 'binding' }, 'none'],
    ['a modification (sign not given)', { kind: 'unknown', interaction: 'modification' }, 'none'],
    ['a hand-written unknown influence', { kind: 'unknown' }, 'none'],
  ] as const)('%s → %s', (_name, extra, role) => {
    expect(edgeRole(edge(extra as Partial<PathwayEdge>))).toBe(role);
  });

  it('the ketamine pack simulates as before: every edge is its kind (positive, negative, necessary), nothing else', () => {
    const legacy = { positive: 'activate', negative: 'inhibit', necessary: 'require' } as const;
    for (const e of ketaminePack().edges) expect(edgeRole(e), e.id).toBe(legacy[e.kind as keyof typeof legacy]);
  });
});
