import type { DetailLevel } from '../core/pack/schema.ts';
import type { PackIndex } from '../core/graph/pack-index.ts';
import type { AutoLayoutInput, AutoLayoutResult } from './elk-layout.ts';
import { nodeSize } from './text-metrics.ts';
import { compartmentBoxes, edgeGeometries, layoutBounds } from './hand-layout.ts';
import { routedEdge } from './edge-geometry.ts';
import { fastLayered } from './fast-layered.ts';
import type { Layout, NodeBox } from './layout-types.ts';

export function autoLayoutInput(index: PackIndex, detail: DetailLevel): AutoLayoutInput {
  const nodes = index.visibleNodes(detail).map((n) => ({ id: n.id, compartment: n.compartment, ...nodeSize(n.label) }));
  return {
    nodes: nodes.map(({ id, w, h, compartment }) => ({ id, w, h, compartment })),
    compartments: index.pack.compartments.map(({ id, parent, label }) => ({ id, parent, label })),
    edges: index.visibleEdges(detail).map(({ id, source, target }) => ({ id, source, target })),
  };
}

/** Turns the positions computed by ELK into the same Layout a hand-placed pack has. */
export function layoutFromResult(index: PackIndex, detail: DetailLevel, result: AutoLayoutResult): Layout {
  const nodes = new Map<string, NodeBox>();
  for (const n of index.visibleNodes(detail)) {
    const p = result.nodes[n.id];
    if (p) nodes.set(n.id, { id: n.id, x: p.x, y: p.y, ...nodeSize(n.label) });
  }
  const compartments = compartmentBoxes(index, (id) => result.compartments[id]);
  const bounds = layoutBounds(compartments, nodes.values());
  // ELK's own routes keep edges clear of nodes; straight lines are the fallback.
  const edges = edgeGeometries(index, nodes, detail, false);
  for (const [id, points] of Object.entries(result.edges)) if (edges.has(id) && points.length >= 2) edges.set(id, routedEdge(id, points));
  return { nodes, compartments, edges, bounds, origin: 'automatic' };
}

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: (r: AutoLayoutResult) => void; reject: (e: Error) => void }>();

function layoutWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./auto-layout.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<{ id: number; result?: AutoLayoutResult; error?: string }>) => {
    const job = pending.get(event.data.id);
    pending.delete(event.data.id);
    if (event.data.result) job?.resolve(event.data.result);
    else job?.reject(new Error(event.data.error ?? 'layout failed'));
  };
  return worker;
}

const cache = new Map<string, Promise<Layout>>();

/**
 * Above this size ELK takes seconds (its cold start alone is over a second
 * here), so large packs get the fast layered layout, which is quick enough to
 * run on the main thread (about 20 ms for 1,000 nodes).
 */
export const ELK_MAX_NODES = 200;

/** Automatic layered layout, cached per pack version and detail level. */
export function autoLayout(index: PackIndex, detail: DetailLevel): Promise<Layout> {
  const key = `${index.pack.id}@${index.pack.version}/${detail}`;
  let job = cache.get(key);
  if (!job) {
    const input = autoLayoutInput(index, detail);
    const id = nextId++;
    const computed =
      input.nodes.length > ELK_MAX_NODES
        ? Promise.resolve(fastLayered(input))
        : new Promise<AutoLayoutResult>((resolve, reject) => {
            pending.set(id, { resolve, reject });
            layoutWorker().postMessage({ id, input });
          });
    job = computed.then((result) => layoutFromResult(index, detail, result));
    job.catch(() => cache.delete(key));
    cache.set(key, job);
  }
  return job;
}
