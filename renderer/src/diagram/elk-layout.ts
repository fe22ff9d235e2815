import type { ElkNode } from 'elkjs/lib/elk-api';
import { CompartmentTree } from '../core/graph/compartment-tree.ts';

/** What the automatic layout needs: sizes and structure only (cheap to post to a worker). */
export interface AutoLayoutInput {
  nodes: { id: string; w: number; h: number; compartment: string }[];
  compartments: { id: string; parent?: string; label: string }[];
  edges: { id: string; source: string; target: string }[];
}

export interface AutoLayoutResult {
  nodes: Record<string, { x: number; y: number }>;
  compartments: Record<string, { x: number; y: number; w: number; h: number }>;
  /** Routed edges: start, bend points and end, in absolute coordinates. */
  edges: Record<string, { x: number; y: number }[]>;
}

interface ElkLike {
  layout(graph: ElkNode): Promise<ElkNode>;
}

// Compartment ids share ELK's id space with nodes; prefix them apart.
const C = (id: string) => `compartment:${id}`;

/**
 * Layered (Sugiyama) layout with compartments as nested regions, top to
 * bottom in causal direction. Runs in a worker in the app; in Node for tests.
 */
export async function elkLayout(elk: ElkLike, input: AutoLayoutInput): Promise<AutoLayoutResult> {
  // Keep ancestors of used compartments so nesting survives.
  const used = new CompartmentTree(input.compartments).withAncestors(input.nodes.map((n) => n.compartment));
  const groups = new Map<string, ElkNode>();
  for (const c of input.compartments) {
    if (!used.has(c.id)) continue;
    groups.set(c.id, {
      id: C(c.id),
      children: [],
      layoutOptions: { 'elk.padding': '[top=38,left=16,bottom=16,right=16]' },
    });
  }
  const root: ElkNode = {
    id: 'root',
    children: [],
    edges: input.edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.spacing.nodeNode': '26',
      'elk.layered.spacing.nodeNodeBetweenLayers': '44',
      'elk.layered.spacing.edgeNodeBetweenLayers': '16',
      'elk.layered.thoroughness': '4',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.cycleBreaking.strategy': 'GREEDY',
      'elk.edgeRouting': 'POLYLINE',
      'elk.padding': '[top=12,left=12,bottom=12,right=12]',
    },
  };
  for (const c of input.compartments) {
    const g = groups.get(c.id);
    if (!g) continue;
    const parent = c.parent ? groups.get(c.parent) : undefined;
    (parent ?? root).children!.push(g);
  }
  for (const n of input.nodes) {
    (groups.get(n.compartment) ?? root).children!.push({ id: n.id, width: n.w, height: n.h });
  }

  const laid = await elk.layout(root);
  const result: AutoLayoutResult = { nodes: {}, compartments: {}, edges: {} };
  const origin = new Map<string, { x: number; y: number }>([['root', { x: 0, y: 0 }]]);
  const walk = (node: ElkNode, ox: number, oy: number) => {
    for (const child of node.children ?? []) {
      const x = ox + (child.x ?? 0);
      const y = oy + (child.y ?? 0);
      origin.set(child.id, { x, y });
      if (child.id.startsWith('compartment:')) {
        result.compartments[child.id.slice('compartment:'.length)] = { x, y, w: child.width ?? 0, h: child.height ?? 0 };
        walk(child, x, y);
      } else {
        result.nodes[child.id] = { x: x + (child.width ?? 0) / 2, y: y + (child.height ?? 0) / 2 };
      }
    }
  };
  walk(laid, 0, 0);
  // Edge coordinates are relative to the edge's container (ELK sets it for hierarchical graphs).
  for (const e of laid.edges ?? []) {
    const section = (e as { sections?: { startPoint: { x: number; y: number }; endPoint: { x: number; y: number }; bendPoints?: { x: number; y: number }[] }[] }).sections?.[0];
    if (!section) continue;
    const o = origin.get((e as { container?: string }).container ?? 'root') ?? { x: 0, y: 0 };
    result.edges[e.id] = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({ x: p.x + o.x, y: p.y + o.y }));
  }
  return result;
}
