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

function elkInWorker(input: AutoLayoutInput): Promise<AutoLayoutResult> {
  const id = nextId++;
  return new Promise<AutoLayoutResult>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    layoutWorker().postMessage({ id, input });
  });
}

/**
 * ELK's first run in a fresh worker costs about a second (loading and
 * compiling it). Doing that while the app is idle makes the first real
 * layout of an imported pack take a fraction of that.
 */
export function warmLayoutWorker(): void {
  if (worker) return;
  void elkInWorker({ nodes: [{ id: 'a', w: 10, h: 10, compartment: 'c' }, { id: 'b', w: 10, h: 10, compartment: 'c' }], compartments: [{ id: 'c', label: 'c' }], edges: [{ id: 'e', source: 'a', target: 'b' }] }).catch(() => {});
}

/**
 * Above this size ELK takes seconds, so large packs keep the fast layered
 * layout, which is quick enough to run on the main thread (about 20 ms for
 * 1,000 nodes). Up to it, ELK's result (with routed edges) replaces the fast
 * one when it arrives.
 */
export const ELK_MAX_NODES = 200;

const key = (index: PackIndex, detail: DetailLevel) => `${index.pack.id}@${index.pack.version}/${detail}`;
const refined = new Map<string, Promise<Layout>>();
const ready = new Map<string, Layout>();

/** The fast layered layout, at once (a few milliseconds for a small pack). */
export function quickLayout(index: PackIndex, detail: DetailLevel): Layout {
  return layoutFromResult(index, detail, fastLayered(autoLayoutInput(index, detail)));
}

/** Whether ELK will improve on the quick layout for this pack. */
export const refines = (index: PackIndex, detail: DetailLevel) => index.visibleNodes(detail).length <= ELK_MAX_NODES;

/** The best automatic layout once it is done: cached per pack version and detail level. */
export function autoLayout(index: PackIndex, detail: DetailLevel): Promise<Layout> {
  const k = key(index, detail);
  let job = refined.get(k);
  if (!job) {
    job = refines(index, detail) ? elkInWorker(autoLayoutInput(index, detail)).then((r) => layoutFromResult(index, detail, r)) : Promise.resolve(quickLayout(index, detail));
    job.then((l) => ready.set(k, l), () => refined.delete(k));
    refined.set(k, job);
  }
  return job;
}

/** The best layout if it has already been computed. */
export const finishedLayout = (index: PackIndex, detail: DetailLevel): Layout | undefined => ready.get(key(index, detail));
