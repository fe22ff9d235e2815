import type { PathwayEdge } from '../pack/schema.ts';
import { combine, hasHead, headMeaning, type HeadMeaning } from './arrowheads.ts';
import { databaseEvidence, type ConvertContext } from './convert-context.ts';
import type { GroupInfo } from './convert-groups.ts';
import { phenotypeNode } from './convert-nodes.ts';
import type { GpmlLabel, GpmlLine } from './gpml-model.ts';
import { identifierOf } from './identifiers.ts';
import { count } from './skip-report.ts';
import { enclosingShapes, shapeComplexNode, type ShapeComplex } from './shape-complexes.ts';

/** Why a line could not become an edge: a report key and its sentence. */
interface Skip { skip: string; say: (n: number) => string }
/** A line resolved to the nodes it connects ("label:" and "shape:" ids become nodes only if the line is kept). */
interface Resolved { sources: string[]; targets: string[]; meaning: HeadMeaning; via: { x: number; y: number }[]; fromGroup?: string; toGroup?: string }
/** One end: the nodes it stands for; `group` when it is drawn on a (non-complex) group's box. */
interface End { nodes: string[]; meaning: HeadMeaning; group?: string }

const MAX_DEPTH = 8;
const SKIPS = {
  unattached: { skip: 'unattached', say: (n: number) => `${count(n, 'line is', 'lines are')} not attached at both ends and ${n === 1 ? 'was' : 'were'} left out: ${n === 1 ? 'it is' : 'they are'} drawing only` },
  points: { skip: 'too-few-points', say: (n: number) => `${count(n, 'line has', 'lines have')} fewer than two points: left out` },
  shape: { skip: 'shape-end', say: (n: number) => `${count(n, 'line ends', 'lines end')} on a drawn shape (such as a cell outline), not on a node: left out` },
  unknown: { skip: 'unknown-end', say: (n: number) => `${count(n, 'line ends', 'lines end')} on an element the file does not contain (or a drawing-only line): left out` },
  emptyGroup: { skip: 'empty-group-end', say: (n: number) => `${count(n, 'line ends', 'lines end')} on an empty group: left out` },
  host: { skip: 'host-skipped', say: (n: number) => `${count(n, 'line acts', 'lines act')} on a reaction line that was itself left out, so ${n === 1 ? 'it was' : 'they were'} left out too` },
  cycle: { skip: 'anchor-cycle', say: (n: number) => `${count(n, 'line acts', 'lines act')} on reactions that act back on ${n === 1 ? 'it' : 'them'} in a loop (or nest too deep): left out` },
  self: { skip: 'self-loop', say: (n: number) => `${count(n, 'link would connect', 'links would connect')} a node to itself: left out` },
} satisfies Record<string, Skip>;

const isSkip = (r: Resolved | Skip): r is Skip => 'skip' in r;

/**
 * Interactions → signed edges (format notes §3–§5). Direction runs from the
 * head-less end to the head. A line ending on an anchor acts on that
 * reaction: it becomes an edge to the reaction's product with the product
 * of both signs; a line starting at an anchor starts at the reaction's
 * substrates. Resolved recursively, memoised, with a depth and cycle guard.
 */
export function convertInteractions(ctx: ConvertContext, groups: Map<string, GroupInfo>): number {
  const { model, report } = ctx;
  const labels = new Map(model.labels.map((l) => [l.id, l]));
  const stateParent = new Map(model.states.map((s) => [s.id, s.parent]));
  const shapes = new Set(model.shapes.map((s) => s.id));
  const enclosing = enclosingShapes(ctx);
  const anchors = new Map<string, { line: GpmlLine; position: number }>();
  for (const line of model.interactions) for (const a of line.anchors) anchors.set(a.id, { line, position: a.position });
  const memo = new Map<string, Resolved | Skip>();

  const end = (ref: string, role: 'source' | 'target', meaning: HeadMeaning, depth: number, visiting: Set<string>): End | Skip => {
    if (ctx.nodeOf.has(ref) && !labels.has(ref)) return { nodes: [ctx.nodeOf.get(ref)!], meaning };
    if (stateParent.has(ref) && ctx.nodeOf.has(stateParent.get(ref)!)) {
      report.note('state-end', (n) => `${count(n, 'line attached', 'lines attached')} to a state marker (such as "P") ${n === 1 ? 'was' : 'were'} attached to its node`);
      return { nodes: [ctx.nodeOf.get(stateParent.get(ref)!)!], meaning };
    }
    if (labels.has(ref)) return { nodes: [`label:${ref}`], meaning };
    const group = groups.get(ref);
    if (group) return { nodes: group.targets, meaning, ...(group.drawn ? { group: group.drawn } : {}) };
    if (model.groups.some((g) => g.graphId === ref)) return SKIPS.emptyGroup;
    const anchor = anchors.get(ref);
    if (anchor) {
      if (depth >= MAX_DEPTH || visiting.has(anchor.line.id)) return SKIPS.cycle;
      const host = resolve(anchor.line, depth + 1, visiting);
      if (isSkip(host)) return host === SKIPS.cycle ? SKIPS.cycle : SKIPS.host;
      return role === 'target' ? { nodes: host.targets, meaning: combine(meaning, host.meaning) } : { nodes: host.sources, meaning };
    }
    if (shapes.has(ref)) return enclosing.has(ref) ? { nodes: [`shape:${ref}`], meaning } : SKIPS.shape;
    return SKIPS.unknown;
  };

  function resolve(line: GpmlLine, depth: number, visiting: Set<string>): Resolved | Skip {
    const known = memo.get(line.id);
    if (known) return known;
    const result = compute(line, depth, new Set([...visiting, line.id]));
    // Results found under a depth or cycle limit depend on the path taken: only cache the others.
    if (!(isSkip(result) && result === SKIPS.cycle)) memo.set(line.id, result);
    return result;
  }

  function compute(line: GpmlLine, depth: number, visiting: Set<string>): Resolved | Skip {
    const pts = line.points;
    if (pts.length < 2) return SKIPS.points;
    let [from, to] = [pts[0]!, pts[pts.length - 1]!];
    if (!hasHead(to.arrowHead) && hasHead(from.arrowHead)) [from, to] = [to, from];
    if (!from.ref || !to.ref) return SKIPS.unattached;
    const meaning = headMeaning(to.arrowHead);
    const s = end(from.ref, 'source', meaning, depth, visiting);
    if ('skip' in s) return s;
    const t = end(to.ref, 'target', meaning, depth, visiting);
    if ('skip' in t) return t;
    const middle = (from === pts[0] ? pts : [...pts].reverse()).slice(1, -1).map((p) => ({ x: p.x, y: p.y }));
    const via = [...(anchors.has(from.ref) ? [{ x: from.x, y: from.y }] : []), ...middle, ...(anchors.has(to.ref) ? [{ x: to.x, y: to.y }] : [])];
    return { sources: s.nodes, targets: t.nodes, meaning: t.meaning, via, ...(s.group ? { fromGroup: s.group } : {}), ...(t.group ? { toGroup: t.group } : {}) };
  }

  let converted = 0;
  for (const line of model.interactions) {
    const r = resolve(line, 0, new Set());
    if (isSkip(r)) {
      report.skip(r.skip, r.say, line.where);
      continue;
    }
    const made = emit(ctx, line, r, labels, line.id, enclosing);
    // A line whose two heads both carry meaning (A ↔ B) also acts the other way.
    const [first, last] = [line.points[0]!, line.points[line.points.length - 1]!];
    if (hasHead(first.arrowHead) && hasHead(last.arrowHead) && !(headMeaning(first.arrowHead).interaction === 'binding' && headMeaning(last.arrowHead).interaction === 'binding')) {
      const back = resolve({ ...line, id: `${line.id}.back`, points: [...line.points].reverse().map((p, i) => (i === 0 ? { ...p, arrowHead: undefined } : p)) }, 0, new Set());
      if (!isSkip(back)) emit(ctx, line, back, labels, `${line.id}.back`, enclosing);
    }
    if (made) converted++;
    else report.skip(SKIPS.self.skip, SKIPS.self.say, line.where);
  }
  return converted;
}

function emit(ctx: ConvertContext, line: GpmlLine, r: Resolved, labels: Map<string, GpmlLabel>, idBase: string, enclosing: Map<string, ShapeComplex>): number {
  const node = (id: string) =>
    id.startsWith('label:') ? phenotypeNode(ctx, labels.get(id.slice(6))!) : id.startsWith('shape:') ? shapeComplexNode(ctx, enclosing.get(id.slice(6))!) : id;
  const pairs = new Set<string>();
  let made = 0;
  for (const s0 of r.sources) {
    for (const t0 of r.targets) {
      const [s, t] = [node(s0), node(t0)];
      if (s === t || pairs.has(`${s}>${t}`)) continue;
      pairs.add(`${s}>${t}`);
      const edge: PathwayEdge = {
        id: made === 0 ? ctx.ids.of('line', idBase) : ctx.ids.fresh(`${idBase}.${made + 1}`),
        source: s, target: t, kind: r.meaning.kind, mechanism: r.meaning.mechanism, interaction: r.meaning.interaction,
        evidence: databaseEvidence(ctx, line.citations, line.where), detail: 'basic',
      };
      const raw = [line.points[0]?.arrowHead, line.points[line.points.length - 1]?.arrowHead].filter(Boolean).join(' / ');
      if (raw) edge.arrowHead = raw.slice(0, 40);
      if (r.meaning.interaction === 'line') {
        edge.directed = false;
        ctx.report.note('undirected', (n) => `${count(n, 'plain line', 'plain lines')} without an arrowhead ${n === 1 ? 'was' : 'were'} kept as undirected ${n === 1 ? 'link' : 'links'}: ${n === 1 ? 'it gives' : 'they give'} the lesson no direction`, line.where);
      }
      if (r.via.length && r.via.length <= 6) edge.via = r.via;
      if (r.fromGroup) edge.drawnFrom = r.fromGroup;
      if (r.toGroup) edge.drawnTo = r.toGroup;
      const identifier = identifierOf(line.xref);
      if (identifier) edge.identifiers = [identifier];
      ctx.edges.push(edge);
      made++;
    }
  }
  return made;
}
