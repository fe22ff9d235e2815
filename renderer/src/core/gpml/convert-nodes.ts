import type { PathwayNode } from '../pack/schema.ts';
import { databaseName } from '../pack/identifier-links.ts';
import { compartmentAt } from './compartments.ts';
import { databaseEvidence, defaultCompartment, type ConvertContext } from './convert-context.ts';
import type { GpmlBox, GpmlDataNode, GpmlLabel } from './gpml-model.ts';
import { identifierOf } from './identifiers.ts';
import { KIND_WORDS, nodeKindOf } from './node-kinds.ts';
import { count } from './skip-report.ts';
import { shorten } from './text.ts';

const HGNC_SYMBOL = /^[A-Z0-9][A-Z0-9-]{0,19}$/;

/** Label ≤ 60 characters for the diagram; the whole name stays in fullName (and the description). */
export function labelFields(name: string): Pick<PathwayNode, 'label' | 'fullName'> {
  const label = shorten(name, 60);
  return label === name ? { label } : { label, fullName: shorten(name, 160) };
}

function describe(ctx: ConvertContext, kindWord: string, name: string, extra: string[]): string {
  const m = ctx.model;
  const record = m.wpId ? `WikiPathways ${m.wpId}` : 'this pathway file';
  const parts = [`${kindWord} “${name}” as drawn in ${record}${m.organism ? ` (${m.organism})` : ''}.`, ...extra];
  return shorten(parts.join(' '), 2000);
}

function place(ctx: ConvertContext, box: GpmlBox): Pick<PathwayNode, 'compartment' | 'position' | 'size'> {
  const c = compartmentAt(ctx.compartments, box.cx, box.cy);
  return { compartment: c?.id ?? defaultCompartment(ctx), position: { x: box.cx, y: box.cy }, size: { w: box.w, h: box.h } };
}

function dataNode(ctx: ConvertContext, dn: GpmlDataNode): PathwayNode {
  const kind = nodeKindOf(dn.type);
  const identifier = identifierOf(dn.xref);
  if (!identifier) {
    ctx.report.note(dn.xref ? 'bad-xref' : 'no-xref', dn.xref
      ? (n) => `${count(n, 'node has an', 'nodes have an')} identifier with spaces in it, which was left out`
      : (n) => `${count(n, 'node has', 'nodes have')} no database identifier in the file`, dn.where);
  }
  let name = dn.label;
  if (!name) {
    name = identifier?.id ?? `Unnamed ${(KIND_WORDS[kind] ?? 'node').toLowerCase()}`;
    ctx.report.note('unlabelled-node', (n) => `${count(n, 'node has', 'nodes have')} no label in the file and ${n === 1 ? 'is' : 'are'} named after ${n === 1 ? 'its' : 'their'} identifier`, dn.where);
  }
  const states = ctx.model.states.filter((s) => s.parent === dn.id && s.label).map((s) => shorten(s.label, 40)).slice(0, 30);
  const extra: string[] = [];
  if (identifier) extra.push(`Identifier: ${databaseName(identifier)} ${identifier.id}.`);
  if (states.length) extra.push(`Drawn with the state${states.length > 1 ? 's' : ''} ${states.join(', ')}.`);
  for (const c of dn.comments) extra.push(`Note in the pathway file: ${c}`);
  const human = /^homo sapiens$/i.test(ctx.model.organism);
  const node: PathwayNode = {
    id: ctx.ids.of('node', dn.id),
    ...labelFields(name),
    kind,
    ...place(ctx, dn.box),
    description: describe(ctx, KIND_WORDS[kind] ?? 'Node', name, extra),
    evidence: databaseEvidence(ctx, dn.citations, dn.where),
    detail: 'basic', logic: 'any', basal: false,
  };
  if (identifier) node.identifiers = [identifier];
  if (human && identifier?.db === 'hgnc.symbol' && HGNC_SYMBOL.test(identifier.id)) node.genes = [{ symbol: identifier.id }];
  if (states.length) node.states = states;
  return node;
}

/** Every DataNode becomes a node (one entity drawn twice stays two nodes, as in the diagram). */
export function convertDataNodes(ctx: ConvertContext): void {
  for (const dn of ctx.model.dataNodes) {
    const node = dataNode(ctx, dn);
    ctx.nodes.push(node);
    ctx.nodeOf.set(dn.id, node.id);
  }
  const orphanStates = ctx.model.states.filter((s) => !ctx.nodeOf.has(s.parent)).length;
  ctx.report.skip('orphan-state', (n) => `${count(n, 'state marker is', 'state markers are')} not attached to any node: left out`, undefined, orphanStates);
}

/** A free-text label that interactions point to ("Apoptosis") becomes a phenotype node. */
export function phenotypeNode(ctx: ConvertContext, label: GpmlLabel): string {
  const existing = ctx.nodeOf.get(label.id);
  if (existing) return existing;
  const name = label.text || 'Unnamed label';
  const node: PathwayNode = {
    id: ctx.ids.of('node', label.id),
    ...labelFields(name),
    kind: 'phenotype',
    ...place(ctx, label.box),
    description: describe(ctx, 'Phenotype or process', name, ['It is a free-text label in the diagram that interactions point to.']),
    evidence: databaseEvidence(ctx, [], label.where),
    detail: 'basic', logic: 'any', basal: false,
  };
  ctx.nodes.push(node);
  ctx.nodeOf.set(label.id, node.id);
  return node.id;
}
