import type { PathwayPack } from '../pack/schema.ts';
import { checkPack } from '../pack/validate-pack.ts';
import { withLesson } from '../graph/derive-lesson.ts';
import type { Checked } from '../util/problem.ts';
import { findCompartments } from './compartments.ts';
import type { ConvertContext } from './convert-context.ts';
import { convertInteractions } from './convert-edges.ts';
import { convertGroups } from './convert-groups.ts';
import { convertDataNodes } from './convert-nodes.ts';
import { fitToMargin } from './fit-coordinates.ts';
import type { GpmlPathway } from './gpml-model.ts';
import { PackIds } from './pack-ids.ts';
import { provenanceOf } from './provenance.ts';
import { readGpml } from './read-gpml.ts';
import { convertReferences } from './references.ts';
import { count, ReportBuilder, type ConversionReport } from './skip-report.ts';
import { shorten } from './text.ts';
import { markTonicNodes } from './tonic-nodes.ts';
import type { XmlLimits } from './xml-front-door.ts';

export interface GpmlConversion {
  pack: PathwayPack;
  report: ConversionReport;
  model: GpmlPathway;
}

export interface GpmlOptions {
  /** Start of the stored lesson: a pack node id or an exact node label (default: derived, see deriveLesson). */
  start?: string;
  limits?: XmlLimits;
}

/** Compartments no node lies in (and that hold no such compartment) are drawing only. */
function keptCompartments(ctx: ConvertContext): ConvertContext['packCompartments'] {
  const parent = new Map(ctx.packCompartments.map((c) => [c.id, c.parent]));
  const used = new Set<string>();
  for (const n of ctx.nodes) for (let c: string | undefined = n.compartment; c && !used.has(c); c = parent.get(c)) used.add(c);
  for (const c of ctx.compartments) if (used.has(c.id)) ctx.usedShapes.add(c.shape.id);
  return ctx.packCompartments.filter((c) => used.has(c.id));
}

/** The normalised model → an (unvalidated) pathway pack with a derived default lesson, plus what was left out. */
export function convertGpmlModel(model: GpmlPathway, start?: string): { pack?: PathwayPack; report: ConversionReport } {
  const report = new ReportBuilder();
  const ids = new PackIds();
  const ctx: ConvertContext = {
    model, ids, report, compartments: [], packCompartments: [], citationRefs: new Map(), nodes: [], edges: [], nodeOf: new Map(), usedShapes: new Set(),
  };
  const references = convertReferences(ctx);
  ctx.compartments = findCompartments(model, ids, report);
  ctx.packCompartments = ctx.compartments.map((c) => ({
    id: c.id, label: c.label, kind: c.kind, ...(c.parent ? { parent: c.parent } : {}),
    box: { x: c.box.cx - c.box.w / 2, y: c.box.cy - c.box.h / 2, w: c.box.w, h: c.box.h },
  }));
  convertDataNodes(ctx);
  const { byGraphId, groups } = convertGroups(ctx);
  const interactions = convertInteractions(ctx, byGraphId);
  const packCompartments = keptCompartments(ctx);

  const phenotypes = ctx.nodes.filter((n) => n.kind === 'phenotype').length;
  report.note('interactions', (n) => `${count(n, 'interaction', 'interactions')} of ${model.interactions.length} became links`, undefined, interactions);
  report.skip('drawing-shapes', (n) => `${count(n, 'drawn shape', 'drawn shapes')} (arcs, braces, outlines, empty boxes…) ${n === 1 ? 'is' : 'are'} drawing only: left out`, undefined, model.shapes.length - ctx.usedShapes.size);
  report.skip('graphical-lines', (n) => `${count(n, 'graphical line is', 'graphical lines are')} drawing only: left out`, undefined, model.graphicalLines);
  report.skip('free-labels', (n) => `${count(n, 'free-text label is', 'free-text labels are')} not attached to any line: left out of the graph`, undefined, model.labels.length - phenotypes);
  for (const [what, n] of Object.entries(model.ignored)) {
    report.skip(`ignored-${what}`, (k) => `${count(k, `${what} element`, `${what} elements`)} ${k === 1 ? 'is' : 'are'} not used by the app`, undefined, n);
  }
  const kept = (nodes = 0, edges = 0, compartments = 0, groupCount = 0) => ({
    nodes, edges, references: references.length, compartments, groups: groupCount, phenotypes,
    complexes: ctx.nodes.filter((n) => n.kind === 'complex' && n.members).length,
  });
  if (ctx.nodes.length === 0) return { report: report.build(kept()) };

  const tonic = markTonicNodes(ctx.nodes, ctx.edges);
  report.note('tonic', (n) => `${count(n, 'node is', 'nodes are')} drawn with inhibitors only: the lab takes ${n === 1 ? 'it' : 'them'} as active at rest`, undefined, tonic);
  const fitted = fitToMargin(ctx.nodes, ctx.edges, packCompartments, groups);
  const pack: PathwayPack = {
    format: 'pathway-pack', formatVersion: 1,
    id: ids.fresh(model.wpId ? `wikipathways-${model.wpId}` : `gpml-${model.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 40)}`),
    version: model.revision && /^\d{1,6}$/.test(model.revision) ? `${model.revision}.0.0` : '1.0.0',
    title: shorten(model.title || 'Untitled pathway', 200),
    provenance: provenanceOf(model),
    stimulus: fitted.nodes[0]!.id,
    compartments: fitted.compartments, nodes: fitted.nodes, edges: fitted.edges, steps: [],
    readouts: [], interventions: [], disagreements: [], references, glossary: [], quiz: [], pfocr: [],
  };
  if (model.description) pack.summary = shorten(model.description, 1000);
  if (fitted.groups.length) pack.groups = fitted.groups;
  const startId = start && (pack.nodes.find((n) => n.id === start) ?? pack.nodes.find((n) => n.label === start))?.id;
  if (start && !startId) report.note('start-not-found', () => `the requested start “${start}” is not a node of this pathway; the lesson starts at the default`);
  return { pack: withLesson(pack, startId), report: report.build(kept(pack.nodes.length, pack.edges.length, pack.compartments.length, fitted.groups.length)) };
}

/** Untrusted GPML text → a validated pack and the report, or located problems. */
export function gpmlToPack(text: string, options: GpmlOptions = {}): Checked<GpmlConversion> {
  const model = readGpml(text, options.limits);
  if (!model.ok) return model;
  const { pack, report } = convertGpmlModel(model.value, options.start);
  if (!pack) return { ok: false, problems: [{ path: '(file)', message: 'has no DataNodes: there is no pathway to convert' }] };
  // The converter's output goes through the same validator as any pack: a converter bug cannot slip through.
  const checked = checkPack(pack);
  if (!checked.ok) return { ok: false, problems: checked.problems.map((p) => ({ path: `converted pack: ${p.path}`, message: p.message })) };
  return { ok: true, value: { pack: checked.value, report, model: model.value } };
}
