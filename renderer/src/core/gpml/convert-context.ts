import type { Evidence, PathwayEdge, PathwayNode, Compartment } from '../pack/schema.ts';
import type { GpmlPathway } from './gpml-model.ts';
import type { FoundCompartment } from './compartments.ts';
import type { PackIds } from './pack-ids.ts';
import { count, type ReportBuilder } from './skip-report.ts';

export const RECORD_REF = 'wikipathways-record';

/** Shared state of one conversion; each step (nodes, groups, edges) adds to it. */
export interface ConvertContext {
  model: GpmlPathway;
  ids: PackIds;
  report: ReportBuilder;
  compartments: FoundCompartment[];
  /** Pack compartments, including the default one when some node lies outside every drawn compartment. */
  packCompartments: Compartment[];
  /** GPML citation id → pack reference id. */
  citationRefs: Map<string, string>;
  nodes: PathwayNode[];
  edges: PathwayEdge[];
  /** DataNode GraphId → pack node id. */
  nodeOf: Map<string, string>;
  /** Shapes that became part of the pack (compartments, complexes, named entities). */
  usedShapes: Set<string>;
}

/** Evidence for something read from the database record, citing the record and the element's own literature. */
export function databaseEvidence(ctx: ConvertContext, citations: readonly string[], where?: string, note?: string): Evidence {
  const refs = [RECORD_REF];
  for (const c of citations) {
    const ref = ctx.citationRefs.get(c);
    if (!ref) {
      ctx.report.skip('missing-citation', (n) => `${count(n, 'citation points', 'citations point')} to literature the file does not contain: left out`, where);
    } else if (!refs.includes(ref)) refs.push(ref);
  }
  if (refs.length > 20) {
    ctx.report.skip('too-many-refs', (n) => `${count(n, 'further reference was', 'further references were')} not attached to an item that already cites 20`, where, refs.length - 20);
    refs.length = 20;
  }
  return note ? { status: 'database', refs, note } : { status: 'database', refs };
}

/** The default compartment for nodes outside every drawn one (created on first use). */
export function defaultCompartment(ctx: ConvertContext): string {
  const id = 'outside-compartments';
  if (!ctx.packCompartments.some((c) => c.id === id)) {
    const drawn = ctx.compartments.length > 0;
    ctx.packCompartments.push({
      id, kind: 'cell',
      label: drawn ? 'Outside the drawn compartments' : 'Whole pathway (no compartments drawn)',
      description: drawn
        ? 'Nodes the pathway diagram does not draw inside any compartment.'
        : 'The pathway diagram draws no compartments, so every node is placed here.',
    });
  }
  return id;
}
