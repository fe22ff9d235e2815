// Shared fixtures for unit tests (never imported by app code).
import ketamineText from '../../../assets/bundle/packs/ketamine-deyama2019.pack.json?raw';
import seedRecordText from '../../../assets/bundle/figures/PMC6597338__nihms-1517515-f0006.md?raw';
import manifestText from '../../../assets/bundle/bundled.json?raw';
import { validatePackText } from './pack/validate-pack.ts';
import type { PathwayPack } from './pack/schema.ts';

export { ketamineText, seedRecordText, manifestText };

/** Every file bundled.json lists (packs and figure records), by its path in the bundle. */
export const bundleFiles: Record<string, string> = Object.fromEntries(
  Object.entries(
    import.meta.glob(['../../../assets/bundle/packs/*.json', '../../../assets/bundle/figures/*'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>,
  ).map(([path, text]) => [path.replace('../../../assets/bundle/', ''), text]),
);

export function ketaminePack(): PathwayPack {
  const r = validatePackText(ketamineText);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

/** Fresh raw (unvalidated) copy of the ketamine pack, to break in tests. */
export const ketamineRaw = (): Record<string, any> => JSON.parse(ketamineText);

const ev = { status: 'verified', refs: ['r1'] };

/**
 * A small synthetic pack: S → A → B → OUT, with C inhibiting B and a
 * two-input AND at OUT (from B and D), no positions.
 */
export function tinyPackRaw(): Record<string, any> {
  const node = (id: string, kind = 'protein', extra = {}) => ({ id, label: id, kind, compartment: 'cell', description: `node ${id}`, evidence: ev, ...extra });
  const edge = (id: string, source: string, target: string, kind = 'positive') => ({ id, source, target, kind, mechanism: 'activates', evidence: ev });
  return {
    format: 'pathway-pack', formatVersion: 1, id: 'tiny', version: '1.0.0', title: 'Tiny test pathway',
    provenance: { figureId: 'tiny-fig', paperTitle: 'A test', citation: 'Test 2020', license: 'CC0', attribution: 'test' },
    stimulus: 'S',
    compartments: [{ id: 'cell', label: 'Cell', kind: 'cell' }],
    nodes: [node('S', 'drug'), node('A'), node('B'), node('C'), node('D'), node('OUT', 'outcome', { logic: 'all' })],
    edges: [edge('e1', 'S', 'A'), edge('e2', 'A', 'B'), edge('e3', 'C', 'B', 'negative'), edge('e4', 'B', 'OUT'), edge('e5', 'A', 'D'), edge('e6', 'D', 'OUT')],
    steps: [
      { id: 's1', title: 'Start', narration: 'S arrives.', nodes: ['S'], edges: [], timeScale: 'seconds', evidence: ev },
      { id: 's2', title: 'A', narration: 'S activates A.', nodes: ['A'], edges: ['e1'], timeScale: 'seconds', evidence: ev },
      { id: 's3', title: 'B and D', narration: 'A activates B and D.', nodes: ['B', 'D'], edges: ['e2', 'e5'], timeScale: 'minutes', evidence: ev },
      { id: 's4', title: 'Out', narration: 'B and D give OUT.', nodes: ['OUT'], edges: ['e4', 'e6'], timeScale: 'hours', evidence: ev },
    ],
    readouts: [{ node: 'B', label: 'B on' }, { node: 'OUT', label: 'Outcome' }],
    interventions: [
      { id: 'blockA', name: 'Block A', kind: 'drug', action: 'inhibit', targets: [{ node: 'A' }], mechanism: 'inhibitor', description: 'blocks A', evidence: ev },
      { id: 'activateC', name: 'Activate C', kind: 'drug', action: 'activate', targets: [{ node: 'C' }], mechanism: 'agonist', description: 'turns C on', evidence: ev },
    ],
    references: [{ id: 'r1', journal: 'Test J', year: 2020 }],
    glossary: [{ term: 'OUT', expansion: 'outcome' }],
  };
}

/** A bundled WikiPathways pack as shipped (validated): 'WP2380', 'WP1471' or 'WP4141'. */
export function bundledPathway(wp: 'WP2380' | 'WP1471' | 'WP4141'): PathwayPack {
  const r = validatePackText(bundleFiles[`packs/wikipathways-${wp}.pack.json`]!);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}
