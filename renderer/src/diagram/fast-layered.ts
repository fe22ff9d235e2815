import type { AutoLayoutInput, AutoLayoutResult } from './elk-layout.ts';
import { CompartmentTree } from '../core/graph/compartment-tree.ts';
import { unionBox } from './geometry.ts';

const LAYER_GAP = 70;
const NODE_GAP = 22;
const BAND_GAP = 40;
const PAD = { top: 38, side: 16, bottom: 16 };

/**
 * A fast layered (Sugiyama-style) layout for large packs, where ELK would
 * take seconds: cycles broken by DFS, layers by longest path, each leaf
 * compartment its own column band (so regions never overlap), order within
 * a band by barycentre sweeps, rows packed and centred. Linear-ish in the
 * size of the graph.
 */
export function fastLayered(input: AutoLayoutInput): AutoLayoutResult {
  const ids = input.nodes.map((n) => n.id);
  const at = new Map(ids.map((id, i) => [id, i]));
  const out: number[][] = ids.map(() => []);
  const inn: number[][] = ids.map(() => []);
  for (const e of input.edges) {
    const s = at.get(e.source);
    const t = at.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    out[s]!.push(t);
    inn[t]!.push(s);
  }

  // 1. Break cycles: edges that point back to a node still on the DFS stack are ignored for layering.
  const state = new Uint8Array(ids.length); // 0 new, 1 on stack, 2 done
  const back = new Set<string>();
  for (let root = 0; root < ids.length; root++) {
    if (state[root]) continue;
    const stack: [number, number][] = [[root, 0]];
    state[root] = 1;
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const [v, k] = top;
      if (k < out[v]!.length) {
        top[1]++;
        const w = out[v]![k]!;
        if (state[w] === 1) back.add(`${v}>${w}`);
        else if (!state[w]) {
          state[w] = 1;
          stack.push([w, 0]);
        }
      } else {
        state[v] = 2;
        stack.pop();
      }
    }
  }

  // 2. Longest-path layers over the acyclic part (Kahn's order).
  const indeg = ids.map((_, v) => inn[v]!.filter((u) => !back.has(`${u}>${v}`)).length);
  const layer = new Int32Array(ids.length);
  const queue = ids.map((_, v) => v).filter((v) => indeg[v] === 0);
  for (let q = 0; q < queue.length; q++) {
    const v = queue[q]!;
    for (const w of out[v]!) {
      if (back.has(`${v}>${w}`)) continue;
      layer[w] = Math.max(layer[w]!, layer[v]! + 1);
      if (--indeg[w]! === 0) queue.push(w);
    }
  }
  const layers = Math.max(0, ...layer) + 1;

  // 3. Bands: one per leaf compartment in use, grouped under their parents.
  const tree = new CompartmentTree(input.compartments);
  const bandIds = [...new Set(input.nodes.map((n) => n.compartment))].sort((a, b) => tree.path(a).localeCompare(tree.path(b)));
  const bandOf = input.nodes.map((n) => bandIds.indexOf(n.compartment));

  // 4. Order within each (band, layer) row by barycentre of neighbours, a few sweeps each way.
  const rows = new Map<string, number[]>();
  ids.forEach((_, v) => {
    const key = `${bandOf[v]}:${layer[v]}`;
    rows.set(key, [...(rows.get(key) ?? []), v]);
  });
  const pos = new Float64Array(ids.length);
  const place = () => {
    for (const row of rows.values()) row.forEach((v, i) => (pos[v] = bandOf[v]! * 1000 + i / Math.max(1, row.length)));
  };
  place();
  for (let sweep = 0; sweep < 4; sweep++) {
    const neighbours = sweep % 2 === 0 ? inn : out;
    for (const row of rows.values()) {
      const bary = new Map(row.map((v) => {
        const ns = neighbours[v]!;
        return [v, ns.length ? ns.reduce((s, u) => s + pos[u]!, 0) / ns.length : pos[v]!];
      }));
      row.sort((a, b) => bary.get(a)! - bary.get(b)!);
    }
    place();
  }

  // 5. Coordinates: rows packed left to right within their band, centred; bands side by side.
  const rowHeight = Array.from({ length: layers }, () => 0);
  const size = input.nodes;
  ids.forEach((_, v) => (rowHeight[layer[v]!] = Math.max(rowHeight[layer[v]!]!, size[v]!.h)));
  const rowY: number[] = [];
  let y = PAD.top + 12;
  for (let l = 0; l < layers; l++) {
    rowY.push(y + rowHeight[l]! / 2);
    y += rowHeight[l]! + LAYER_GAP;
  }
  const bandWidth = bandIds.map((_, b) => {
    let w = 0;
    for (let l = 0; l < layers; l++) {
      const row = rows.get(`${b}:${l}`) ?? [];
      w = Math.max(w, row.reduce((s, v) => s + size[v]!.w, 0) + NODE_GAP * Math.max(0, row.length - 1));
    }
    return w + 2 * PAD.side;
  });
  const result: AutoLayoutResult = { nodes: {}, compartments: {}, edges: {} };
  let x = 12;
  bandIds.forEach((c, b) => {
    const w = bandWidth[b]!;
    for (let l = 0; l < layers; l++) {
      const row = rows.get(`${b}:${l}`) ?? [];
      const rowW = row.reduce((s, v) => s + size[v]!.w, 0) + NODE_GAP * Math.max(0, row.length - 1);
      let cx = x + (w - rowW) / 2;
      for (const v of row) {
        result.nodes[ids[v]!] = { x: cx + size[v]!.w / 2, y: rowY[l]! };
        cx += size[v]!.w + NODE_GAP;
      }
    }
    result.compartments[c] = { x, y: 12, w, h: y - LAYER_GAP + PAD.bottom - 12 };
    x += w + BAND_GAP;
  });
  // Parents enclose their children's bands.
  const byDepth = [...input.compartments].sort((a, b) => tree.depth(b.id) - tree.depth(a.id));
  for (const c of byDepth) {
    const kids = input.compartments.filter((k) => k.parent === c.id && result.compartments[k.id]).map((k) => result.compartments[k.id]!);
    const own = result.compartments[c.id];
    if (!own && !kids.length) continue;
    // A parent wraps its children's bands with room for its own label on top.
    const box = unionBox(own ? [own, ...kids] : kids, kids.length ? 8 : 0);
    result.compartments[c.id] = kids.length ? { ...box, y: box.y - 16, h: box.h + 16 } : box;
  }
  return result;
}
