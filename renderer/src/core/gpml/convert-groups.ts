import type { NodeGroup, PathwayNode } from '../pack/schema.ts';
import { compartmentAt } from './compartments.ts';
import { databaseEvidence, defaultCompartment, type ConvertContext } from './convert-context.ts';
import type { GpmlBox, GpmlGroup } from './gpml-model.ts';
import { labelFields } from './convert-nodes.ts';
import { PART_OF } from './arrowheads.ts';
import { count } from './skip-report.ts';
import { shorten } from './text.ts';

export interface GroupInfo {
  group: GpmlGroup;
  /** Pack nodes a line attached to this group reaches: the complex node, or every member. */
  targets: string[];
  box?: GpmlBox;
  /** A group that is not a complex: its id in the pack's `groups` (lines to it are drawn to its box). */
  drawn?: string;
}

function union(boxes: GpmlBox[], pad: number): GpmlBox | undefined {
  if (!boxes.length) return undefined;
  const x0 = Math.min(...boxes.map((b) => b.cx - b.w / 2)) - pad;
  const x1 = Math.max(...boxes.map((b) => b.cx + b.w / 2)) + pad;
  const y0 = Math.min(...boxes.map((b) => b.cy - b.h / 2)) - pad;
  const y1 = Math.max(...boxes.map((b) => b.cy + b.h / 2)) + pad;
  return { cx: (x0 + x1) / 2, cy: (y0 + y1) / 2, w: x1 - x0, h: y1 - y0 };
}

/**
 * Groups (format notes §5). Complex → one node of kind "complex" listing its
 * members, each member linked to it ("part of"), so a signal reaching a part
 * reaches the complex. Any other style → a drawn group box; a line attached
 * to it stands for lines to each member. Returns the lookup by the id line
 * ends use (GraphId in 2013a, elementId in 2021), which differs from GroupId.
 */
export function convertGroups(ctx: ConvertContext): { byGraphId: Map<string, GroupInfo>; groups: NodeGroup[] } {
  const { model, report } = ctx;
  const byKey = new Map(model.groups.map((g) => [g.key, g]));
  const info = new Map<string, GroupInfo | null>();
  const groups: NodeGroup[] = [];
  const missing = [...model.dataNodes, ...model.groups].filter((x) => x.groupRef && !byKey.has(x.groupRef)).length;
  report.skip('missing-group', (n) => `${count(n, 'element names', 'elements name')} a group the file does not contain: drawn without it`, undefined, missing);

  const resolve = (g: GpmlGroup, visiting: Set<string>): GroupInfo | null => {
    if (info.has(g.key)) return info.get(g.key)!;
    if (visiting.has(g.key)) return null;
    visiting.add(g.key);
    const nodes = model.dataNodes.filter((d) => d.groupRef === g.key);
    const members: string[] = nodes.map((d) => ctx.nodeOf.get(d.id)!);
    const boxes: GpmlBox[] = nodes.map((d) => d.box);
    for (const child of model.groups.filter((c) => c.groupRef === g.key && c !== g)) {
      const ci = resolve(child, visiting);
      if (ci) members.push(...ci.targets);
      if (ci?.box) boxes.push(ci.box);
    }
    boxes.push(...model.labels.filter((l) => l.groupRef === g.key).map((l) => l.box));
    // 2013a groups have no box of their own: PathVisio pads the members' box (8 px, complexes 11).
    const box = g.box ?? union(boxes, g.style === 'complex' ? 11 : 8);
    const unique = [...new Set(members)];
    let result: GroupInfo | null = null;
    if (!unique.length) {
      report.skip('empty-group', (n) => `${count(n, 'group has', 'groups have')} no nodes in ${n === 1 ? 'it' : 'them'}: left out`, g.where);
    } else if (g.style === 'complex') {
      result = { group: g, targets: [addComplex(ctx, { kind: 'group', gpmlId: g.key, label: g.label, members: unique, box, citations: g.citations, where: g.where })], box };
    } else {
      const id = ctx.ids.of('group', g.key);
      const entry: NodeGroup = { id, members: unique };
      if (g.label) entry.label = shorten(g.label, 80);
      if (box) entry.box = { x: box.cx - box.w / 2, y: box.cy - box.h / 2, w: box.w, h: box.h };
      groups.push(entry);
      result = { group: g, targets: unique, box, ...(box ? { drawn: id } : {}) };
    }
    info.set(g.key, result);
    return result;
  };

  const byGraphId = new Map<string, GroupInfo>();
  for (const g of model.groups) {
    const r = resolve(g, new Set());
    if (r && g.graphId) byGraphId.set(g.graphId, r);
  }
  return { byGraphId, groups };
}

export interface ComplexSpec {
  /** Kind + GPML id, for a stable pack id. */
  kind: string;
  gpmlId: string;
  label: string;
  members: string[];
  box: GpmlBox | undefined;
  citations: string[];
  where: string;
  /** Why this is a complex, when it is inferred from the drawing rather than declared. */
  inferred?: string;
}

/** A complex node listing its members, each member linked to it ("part of"). */
export function addComplex(ctx: ConvertContext, spec: ComplexSpec): string {
  const byId = new Map(ctx.nodes.map((n) => [n.id, n]));
  const names = [...new Set(spec.members.map((m) => byId.get(m)?.fullName ?? byId.get(m)?.label ?? m))];
  const name = spec.label || names.join(':');
  const b = spec.box ?? { cx: 0, cy: 0, w: 1, h: 1 };
  const record = ctx.model.wpId ? `WikiPathways ${ctx.model.wpId}` : 'this pathway file';
  const node: PathwayNode = {
    id: ctx.ids.of(spec.kind, spec.gpmlId),
    ...labelFields(name),
    kind: 'complex',
    compartment: compartmentAt(ctx.compartments, b.cx, b.cy)?.id ?? defaultCompartment(ctx),
    position: { x: b.cx, y: b.cy },
    size: { w: b.w, h: b.h },
    members: spec.members,
    description: shorten(`Complex drawn in ${record} with ${names.length} part${names.length > 1 ? 's' : ''}: ${names.join(', ')}.${spec.inferred ? ` ${spec.inferred}` : ''}`, 2000),
    evidence: databaseEvidence(ctx, spec.citations, spec.where, spec.inferred),
    detail: 'basic', logic: 'any', basal: false,
  };
  ctx.nodes.push(node);
  spec.members.forEach((m, k) => ctx.edges.push({
    id: ctx.ids.fresh(`${node.id}.part${k + 1}`), source: m, target: node.id,
    kind: PART_OF.kind, mechanism: PART_OF.mechanism, interaction: 'part-of',
    evidence: databaseEvidence(ctx, [], spec.where, 'The pathway draws this node inside the complex; the link lets a signal that reaches a part reach the complex (a simplification).'),
    detail: 'basic',
  }));
  ctx.report.note('part-of', (n) => `${count(n, 'link was', 'links were')} added from complex parts to their complex, so a signal can pass through it`, spec.where, spec.members.length);
  return node.id;
}
