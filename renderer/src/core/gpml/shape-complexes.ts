import type { PathwayNode } from '../pack/schema.ts';
import { compartmentAt, inside } from './compartments.ts';
import { addComplex } from './convert-groups.ts';
import { databaseEvidence, defaultCompartment, type ConvertContext } from './convert-context.ts';
import { labelFields } from './convert-nodes.ts';
import type { GpmlShape } from './gpml-model.ts';
import { count } from './skip-report.ts';

export interface ShapeComplex {
  shape: GpmlShape;
  /** Pack ids of the DataNodes drawn inside the shape (none for a named shape drawn as an entity). */
  members: string[];
  node?: string;
}

/**
 * Some curators (NetPath pathways such as WP2380) draw a complex as a plain
 * box around its proteins, or an entity as a named shape ("PKC", "Ca2+"),
 * and attach lines to the shape instead of a Group or DataNode. A shape that
 * is not a compartment and either encloses DataNodes or has a name is kept
 * as a candidate; it becomes a node only when a kept line attaches to it.
 */
export function enclosingShapes(ctx: ConvertContext): Map<string, ShapeComplex> {
  const compartmentShapes = new Set(ctx.compartments.map((c) => c.shape.id));
  const out = new Map<string, ShapeComplex>();
  for (const shape of ctx.model.shapes) {
    if (compartmentShapes.has(shape.id)) continue;
    const members = ctx.model.dataNodes.filter((d) => inside(shape.box, d.box.cx, d.box.cy)).map((d) => ctx.nodeOf.get(d.id)!);
    if (members.length || shape.text) out.set(shape.id, { shape, members });
  }
  return out;
}

export function shapeComplexNode(ctx: ConvertContext, sc: ShapeComplex): string {
  if (sc.node) return sc.node;
  const { shape } = sc;
  ctx.usedShapes.add(shape.id);
  if (!sc.members.length) {
    sc.node = namedShapeNode(ctx, shape);
    return sc.node;
  }
  sc.node = addComplex(ctx, {
    kind: 'shape', gpmlId: shape.id, label: shape.text, members: sc.members, box: shape.box, citations: [], where: shape.where,
    inferred: 'Read as a complex because the pathway draws these nodes inside a box that lines attach to (inferred from the drawing).',
  });
  ctx.report.note('shape-complex', (n) => `${count(n, 'box drawn around nodes, with lines attached to it, was', 'boxes drawn around nodes, with lines attached to them, were')} read as ${n === 1 ? 'a complex' : 'complexes'} of the nodes inside`, shape.where);
  return sc.node;
}

function namedShapeNode(ctx: ConvertContext, shape: GpmlShape): string {
  const record = ctx.model.wpId ? `WikiPathways ${ctx.model.wpId}` : 'this pathway file';
  const node: PathwayNode = {
    id: ctx.ids.of('shape', shape.id),
    ...labelFields(shape.text),
    kind: 'unknown',
    compartment: compartmentAt(ctx.compartments, shape.box.cx, shape.box.cy)?.id ?? defaultCompartment(ctx),
    position: { x: shape.box.cx, y: shape.box.cy },
    size: { w: shape.box.w, h: shape.box.h },
    description: `“${shape.text}” is drawn in ${record} as a named shape (${shape.shapeType}) that lines attach to, not as a database entity: its type and identifiers are not stated.`,
    evidence: databaseEvidence(ctx, [], shape.where, 'Read as a node from the drawing: a named shape that lines attach to.'),
    detail: 'basic', logic: 'any', basal: false,
  };
  ctx.nodes.push(node);
  ctx.report.note('named-shape', (n) => `${count(n, 'named shape', 'named shapes')} with lines attached (such as “${shape.text}”) ${n === 1 ? 'was' : 'were'} read as ${n === 1 ? 'a node' : 'nodes'} of unstated type`, shape.where);
  return node.id;
}
