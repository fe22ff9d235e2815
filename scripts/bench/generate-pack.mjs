// Synthetic pathway packs for benchmarks: n nodes, about 2n edges, a layered
// DAG from one stimulus, steps by causal depth, a few compartments and
// interventions. Deterministic for a given n. Valid by the pack validator.
const rng = (seed) => () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

export function generatePack(n, { positions = false } = {}) {
  const random = rng(n);
  const ev = { status: 'verified', refs: ['r1'] };
  const kinds = ['protein', 'kinase', 'receptor', 'enzyme', 'complex'];
  const comps = ['c1', 'c2', 'c3', 'c4'];
  const layers = Math.max(6, Math.round(Math.sqrt(n) * 1.2));
  const layerOf = (i) => (i === 0 ? 0 : 1 + Math.floor(((i - 1) / (n - 1)) * (layers - 1)));
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    label: i === 0 ? 'Stimulus' : `Node ${i}`,
    kind: i === 0 ? 'drug' : i === n - 1 ? 'outcome' : kinds[i % kinds.length],
    compartment: comps[Math.min(comps.length - 1, Math.floor((layerOf(i) / layers) * comps.length))],
    description: `Synthetic node ${i}.`,
    evidence: ev,
  }));
  const byLayer = new Map();
  nodes.forEach((node, i) => byLayer.set(layerOf(i), [...(byLayer.get(layerOf(i)) ?? []), i]));
  const edges = [];
  const seen = new Set();
  const add = (s, t, kind = 'positive') => {
    const key = `${s}>${t}`;
    if (s === t || seen.has(key)) return;
    seen.add(key);
    edges.push({ id: `e${edges.length}`, source: `n${s}`, target: `n${t}`, kind, mechanism: kind === 'negative' ? 'inhibits' : 'activates', evidence: ev });
  };
  for (let i = 1; i < n; i++) {
    const l = layerOf(i);
    const prev = byLayer.get(l - 1);
    add(prev[Math.floor(random() * prev.length)], i);
  }
  while (edges.length < 2 * n) {
    const t = 1 + Math.floor(random() * (n - 1));
    const l = layerOf(t);
    const from = byLayer.get(Math.max(0, l - 1 - Math.floor(random() * 2)));
    add(from[Math.floor(random() * from.length)], t, random() < 0.08 ? 'negative' : 'positive');
  }
  if (positions) nodes.forEach((node, i) => (node.position = { x: 120 + (i % 40) * 160, y: 80 + layerOf(i) * 90 }));
  const steps = [...byLayer.keys()].sort((a, b) => a - b).map((l) => {
    const ids = byLayer.get(l).map((i) => `n${i}`);
    const set = new Set(ids);
    return { id: `s${l}`, title: `Layer ${l}`, narration: `Signals reach layer ${l}.`, nodes: ids, edges: edges.filter((e) => set.has(e.target)).map((e) => e.id), timeScale: 'minutes', evidence: ev };
  });
  // Steps hold at most 60 nodes and 60 edges (schema limits); split big layers.
  const split = steps.flatMap((s) => {
    const out = [];
    for (let i = 0; i < Math.max(s.nodes.length, 1); i += 60) {
      const ids = s.nodes.slice(i, i + 60);
      const set = new Set(ids);
      const es = s.edges.filter((id) => set.has(edges[Number(id.slice(1))].target));
      for (let j = 0; j < Math.max(es.length, 1); j += 60) {
        out.push({ ...s, id: `${s.id}_${i}_${j}`, nodes: ids, edges: es.slice(j, j + 60) });
      }
    }
    return out;
  });
  return {
    format: 'pathway-pack', formatVersion: 1, id: `bench-${n}`, version: '1.0.0', title: `Benchmark pathway, ${n} nodes`,
    provenance: { figureId: `bench-${n}`, paperTitle: 'Synthetic benchmark data', citation: 'Generated', license: 'CC0', attribution: 'Generated for benchmarks.' },
    stimulus: 'n0',
    compartments: comps.map((id, i) => ({ id, label: `Compartment ${i + 1}`, kind: 'cell' })),
    nodes, edges, steps: split,
    readouts: nodes.filter((_, i) => i % Math.ceil(n / 10) === 0 && i > 0).map((x) => ({ node: x.id, label: x.label })),
    interventions: [3, 7, 11].map((k) => ({ id: `iv${k}`, name: `Inhibitor ${k}`, kind: 'drug', action: 'inhibit', targets: [{ node: `n${Math.floor(n / k)}` }], mechanism: 'blocks', description: 'Synthetic inhibitor.', evidence: ev })),
    references: [{ id: 'r1', journal: 'Synthetic', year: 2026 }],
  };
}
