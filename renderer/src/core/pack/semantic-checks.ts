import type { Problem } from '../util/problem.ts';
import { TIME_SCALES, type Evidence, type PathwayPack, type TimeScale } from './schema.ts';

/**
 * Cross-references the schema cannot express: ids unique, every reference
 * resolves, steps only use what exists and respect causal order, basic steps
 * never need advanced parts. Each problem names the JSON path.
 */
export function semanticProblems(pack: PathwayPack): Problem[] {
  const out: Problem[] = [];
  const add = (path: string, message: string) => out.push({ path, message });

  const index = <T extends { id: string }>(items: readonly T[], name: string) => {
    const map = new Map<string, T>();
    items.forEach((item, i) => {
      if (map.has(item.id)) add(`${name}[${i}].id`, `duplicate id "${item.id}"`);
      else map.set(item.id, item);
    });
    return map;
  };
  const compartments = index(pack.compartments, 'compartments');
  const nodes = index(pack.nodes, 'nodes');
  const edges = index(pack.edges, 'edges');
  const steps = index(pack.steps, 'steps');
  const refs = index(pack.references, 'references');
  index(pack.interventions, 'interventions');
  index(pack.quiz, 'quiz');
  index(pack.disagreements, 'disagreements');

  const evidence = (path: string, e: Evidence) => {
    e.refs.forEach((r, i) => {
      if (!refs.has(r)) add(`${path}.evidence.refs[${i}]`, `unknown reference "${r}"`);
    });
    // Verified facts, database records and the authors' model always cite;
    // "established" and "unverified" may instead explain themselves in a note.
    if ((e.status === 'verified' || e.status === 'model' || e.status === 'database') && e.refs.length === 0) {
      add(`${path}.evidence.refs`, `needs at least one reference for status "${e.status}"`);
    } else if (e.refs.length === 0 && !e.note) {
      add(`${path}.evidence`, `needs a reference or a note saying why there is none`);
    }
  };
  const nodeRef = (path: string, id: string) => {
    if (!nodes.has(id)) add(path, `unknown node "${id}"`);
  };

  if (!nodes.has(pack.stimulus)) add('stimulus', `unknown node "${pack.stimulus}"`);
  if (pack.provenance.reference && !refs.has(pack.provenance.reference)) {
    add('provenance.reference', `unknown reference "${pack.provenance.reference}"`);
  }

  pack.compartments.forEach((c, i) => {
    if (c.parent && !compartments.has(c.parent)) add(`compartments[${i}].parent`, `unknown compartment "${c.parent}"`);
    const seen = new Set<string>();
    for (let p: string | undefined = c.id; p; p = compartments.get(p)?.parent) {
      if (seen.has(p)) {
        add(`compartments[${i}].parent`, `compartment "${c.id}" is its own ancestor`);
        break;
      }
      seen.add(p);
    }
  });

  const positioned = pack.nodes.filter((n) => n.position).length;
  if (positioned > 0 && positioned < pack.nodes.length) {
    const missing = pack.nodes.findIndex((n) => !n.position);
    add(`nodes[${missing}].position`, `missing: either every node has a position or none does (then the app lays the pathway out automatically)`);
  }

  pack.nodes.forEach((n, i) => {
    if (!compartments.has(n.compartment)) add(`nodes[${i}].compartment`, `unknown compartment "${n.compartment}"`);
    n.alsoIn?.forEach((c, j) => {
      if (!compartments.has(c)) add(`nodes[${i}].alsoIn[${j}]`, `unknown compartment "${c}"`);
    });
    n.alsoActsOn?.forEach((m, j) => nodeRef(`nodes[${i}].alsoActsOn[${j}]`, m));
    evidence(`nodes[${i}]`, n.evidence);
    n.members?.forEach((m, j) => {
      nodeRef(`nodes[${i}].members[${j}]`, m);
      if (m === n.id) add(`nodes[${i}].members[${j}]`, `a node cannot be its own member`);
    });
  });
  pack.groups?.forEach((g, i) => g.members.forEach((m, j) => nodeRef(`groups[${i}].members[${j}]`, m)));
  const groupsById = new Map((pack.groups ?? []).map((g) => [g.id, g]));

  pack.edges.forEach((e, i) => {
    nodeRef(`edges[${i}].source`, e.source);
    nodeRef(`edges[${i}].target`, e.target);
    if (e.source === e.target) add(`edges[${i}]`, `an edge cannot connect node "${e.source}" to itself`);
    evidence(`edges[${i}]`, e.evidence);
    for (const [field, group, end] of [['drawnFrom', e.drawnFrom, e.source], ['drawnTo', e.drawnTo, e.target]] as const) {
      if (group === undefined) continue;
      const g = groupsById.get(group);
      if (!g) add(`edges[${i}].${field}`, `unknown group "${group}"`);
      else if (!g.members.includes(end)) add(`edges[${i}].${field}`, `group "${group}" does not hold "${end}", the edge's ${field === 'drawnFrom' ? 'source' : 'target'}`);
    }
    const s = nodes.get(e.source);
    const t = nodes.get(e.target);
    if (e.detail === 'basic' && (s?.detail === 'advanced' || t?.detail === 'advanced')) {
      add(`edges[${i}].detail`, `is "basic" but connects an advanced node; mark the edge "advanced"`);
    }
  });

  // When each node first appears, per detail level, to check causal order.
  const introduced = { basic: new Map<string, number>(), advanced: new Map<string, number>() };
  pack.steps.forEach((s, i) => {
    s.nodes.forEach((n, j) => {
      nodeRef(`steps[${i}].nodes[${j}]`, n);
      const node = nodes.get(n);
      if (s.detail === 'basic' && node?.detail === 'advanced') add(`steps[${i}].nodes[${j}]`, `basic step uses advanced node "${n}"`);
      for (const level of ['basic', 'advanced'] as const) {
        if ((level === 'advanced' || s.detail === 'basic') && !introduced[level].has(n)) introduced[level].set(n, i);
      }
    });
    s.edges.forEach((eid, j) => {
      const edge = edges.get(eid);
      if (!edge) return add(`steps[${i}].edges[${j}]`, `unknown edge "${eid}"`);
      if (s.detail === 'basic' && edge.detail === 'advanced') add(`steps[${i}].edges[${j}]`, `basic step uses advanced edge "${eid}"`);
      if (!s.nodes.includes(edge.target)) add(`steps[${i}].edges[${j}]`, `edge "${eid}" ends at "${edge.target}", which this step does not list in "nodes"`);
    });
    evidence(`steps[${i}]`, s.evidence);
    if (s.caption && pack.caption && !normalise(pack.caption).includes(normalise(s.caption))) {
      add(`steps[${i}].caption`, `is not a fragment of the pack caption`);
    }
  });
  // A step's edges must start at something already shown (same or an earlier step).
  pack.steps.forEach((s, i) => {
    const level = s.detail;
    s.edges.forEach((eid, j) => {
      const edge = edges.get(eid);
      if (!edge) return;
      const at = introduced[level].get(edge.source);
      if (at === undefined || at > i) {
        add(`steps[${i}].edges[${j}]`, `edge "${eid}" starts at "${edge.source}", which no earlier ${level === 'basic' ? 'basic ' : ''}step shows`);
      }
    });
  });
  if (!introduced.basic.has(pack.stimulus) && nodes.has(pack.stimulus)) add('steps', `no basic step shows the stimulus "${pack.stimulus}"`);
  timeProblems(pack).forEach((p) => out.push(p));

  pack.readouts.forEach((r, i) => nodeRef(`readouts[${i}].node`, r.node));
  const readouts = new Set(pack.readouts.map((r) => r.node));

  pack.interventions.forEach((iv, i) => {
    iv.targets.forEach((t, j) => {
      if ('node' in t) nodeRef(`interventions[${i}].targets[${j}].node`, t.node);
      else if (!edges.has(t.edge)) add(`interventions[${i}].targets[${j}].edge`, `unknown edge "${t.edge}"`);
    });
    const exp = iv.experiment;
    for (const node of Object.keys(exp?.outcomes ?? {})) {
      if (!readouts.has(node)) add(`interventions[${i}].experiment.outcomes.${node}`, `"${node}" is not a readout (list it in "readouts" first)`);
    }
    if (exp?.outcomes && exp.stimulus === undefined) add(`interventions[${i}].experiment.stimulus`, `is required with "outcomes": say whether the experiment gave the stimulus`);
    evidence(`interventions[${i}]`, iv.evidence);
  });

  pack.disagreements.forEach((d, i) => evidence(`disagreements[${i}]`, d.evidence));

  pack.quiz.forEach((q, i) => {
    if (q.step && !steps.has(q.step)) add(`quiz[${i}].step`, `unknown step "${q.step}"`);
    const count = q.kind === 'true-false' ? 2 : (q.choices?.length ?? 0);
    if (q.kind === 'choice' && count < 2) add(`quiz[${i}].choices`, `a choice question needs at least two choices`);
    if (q.answer >= count) add(`quiz[${i}].answer`, `is ${q.answer}, but there are only ${count} choices (counting from 0)`);
    evidence(`quiz[${i}]`, q.evidence);
  });

  pack.pfocr.forEach((a, i) => {
    if (a.node) nodeRef(`pfocr[${i}].node`, a.node);
    evidence(`pfocr[${i}]`, a.evidence);
  });

  return out;
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Time badges say roughly when a step happens after the stimulus, so across
 * consecutive steps they only move forward (seconds → minutes → hours → ~24 h),
 * in Basic and in Advanced detail alike.
 */
function timeProblems(pack: PathwayPack): Problem[] {
  const out: Problem[] = [];
  for (const level of ['basic', 'advanced'] as const) {
    let last: { id: string; scale: TimeScale } | undefined;
    pack.steps.forEach((s, i) => {
      if (level === 'basic' && s.detail !== 'basic') return;
      if (last && TIME_SCALES.indexOf(s.timeScale) < TIME_SCALES.indexOf(last.scale) && !out.some((p) => p.path === `steps[${i}].timeScale`)) {
        out.push({ path: `steps[${i}].timeScale`, message: `"${s.timeScale}" comes after "${last.scale}" (step "${last.id}"${level === 'basic' ? ' in Basic detail' : ''}): time badges must not go back` });
      }
      last = { id: s.id, scale: s.timeScale };
    });
  }
  return out;
}
