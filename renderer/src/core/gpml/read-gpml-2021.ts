import type { GpmlLine, GpmlPathway, GpmlXref } from './gpml-model.ts';
import { allIds, boxOf, countIgnored, emptyPathway, groupStyle, IdMaker, isTransparent, num, splitVersion, textOf } from './read-common.ts';
import { cleanText } from './text.ts';
import { childNamed, childrenNamed, where, type XmlElement } from './xml-front-door.ts';

const citationsOf = (el: XmlElement) => childrenNamed(el, 'CitationRef').map((r) => cleanText(r.attrs.elementRef)).filter(Boolean);
const listOf = (root: XmlElement, list: string, item: string) => childrenNamed(root, list).flatMap((l) => childrenNamed(l, item));

function xrefOf(el: XmlElement): GpmlXref | undefined {
  const x = childNamed(el, 'Xref');
  const db = cleanText(x?.attrs.dataSource);
  const id = cleanText(x?.attrs.identifier);
  return db && id ? { db, id } : undefined;
}

function property(el: XmlElement, key: string): string | undefined {
  return childrenNamed(el, 'Property').find((a) => a.attrs.key === key)?.attrs.value;
}

function line(el: XmlElement, ids: IdMaker): GpmlLine {
  const w = childNamed(el, 'Waypoints');
  return {
    id: el.attrs.elementId || ids.next('line'),
    points: (w ? childrenNamed(w, 'Point') : []).map((p) => ({
      x: num(p.attrs.x), y: num(p.attrs.y), ref: p.attrs.elementRef || undefined,
      relX: num(p.attrs.relX), relY: num(p.attrs.relY), arrowHead: p.attrs.arrowHead || undefined,
    })),
    // Real 2021 files write Anchors without x/y (against their XSD): only position is needed.
    anchors: (w ? childrenNamed(w, 'Anchor') : []).map((a) => ({ id: a.attrs.elementId || ids.next('anchor'), position: num(a.attrs.position, 0.5) })),
    connector: childNamed(el, 'Graphics')?.attrs.connectorType ?? 'Straight',
    xref: xrefOf(el),
    citations: citationsOf(el),
    groupRef: el.attrs.groupRef || undefined,
    where: where(el),
  };
}

/** GPML 2021 (http://pathvisio.org/GPML/2021): typed lists under Pathway, camelCase attributes. Read leniently: real files break the XSD's order. */
export function readGpml2021(root: XmlElement): GpmlPathway {
  const p = emptyPathway('2021');
  const ids = new IdMaker(allIds(root, ['elementId']));
  const a = root.attrs;
  p.title = cleanText(a.title);
  p.organism = cleanText(a.organism);
  Object.assign(p, splitVersion(a.version));
  if (!p.wpId) {
    const x = childNamed(root, 'Xref');
    if (x?.attrs.dataSource === 'wikipathways') Object.assign(p, splitVersion(x.attrs.identifier));
  }
  p.authors = listOf(root, 'Authors', 'Author').map((au) => cleanText(au.attrs.name)).filter(Boolean);
  p.description = textOf(childNamed(root, 'Description'));
  p.pathwayCitations = citationsOf(root);

  for (const el of listOf(root, 'DataNodes', 'DataNode')) {
    const id = el.attrs.elementId || ids.next('node');
    p.dataNodes.push({
      id, label: cleanText(el.attrs.textLabel), type: cleanText(el.attrs.type), xref: xrefOf(el),
      box: boxOf(el) ?? { cx: 0, cy: 0, w: 1, h: 1 }, groupRef: el.attrs.groupRef || undefined,
      citations: citationsOf(el), comments: childrenNamed(el, 'Comment').map(textOf).filter(Boolean), where: where(el),
    });
    for (const s of listOf(el, 'States', 'State')) p.states.push({ id: s.attrs.elementId || ids.next('state'), parent: id, label: cleanText(s.attrs.textLabel) });
  }
  for (const el of listOf(root, 'Interactions', 'Interaction')) p.interactions.push(line(el, ids));
  p.graphicalLines = listOf(root, 'GraphicalLines', 'GraphicalLine').length;
  for (const el of listOf(root, 'Labels', 'Label')) {
    p.labels.push({ id: el.attrs.elementId || ids.next('label'), text: cleanText(el.attrs.textLabel), box: boxOf(el) ?? { cx: 0, cy: 0, w: 1, h: 1 }, groupRef: el.attrs.groupRef || undefined, where: where(el) });
  }
  for (const el of listOf(root, 'Shapes', 'Shape')) {
    const g = childNamed(el, 'Graphics');
    p.shapes.push({
      id: el.attrs.elementId || ids.next('shape'), shapeType: g?.attrs.shapeType ?? 'Rectangle', text: cleanText(el.attrs.textLabel),
      box: boxOf(el) ?? { cx: 0, cy: 0, w: 1, h: 1 }, cellularComponent: property(el, 'org.pathvisio.CellularComponentProperty'),
      double: g?.attrs.borderStyle === 'Double', transparent: isTransparent(g?.attrs.fillColor),
      groupRef: el.attrs.groupRef || undefined, where: where(el),
    });
  }
  for (const el of listOf(root, 'Groups', 'Group')) {
    const key = el.attrs.elementId || ids.next('group');
    p.groups.push({
      key, graphId: key, style: groupStyle(el.attrs.type, '2021'), rawStyle: el.attrs.type ?? '', label: cleanText(el.attrs.textLabel),
      box: boxOf(el), groupRef: el.attrs.groupRef || undefined, citations: citationsOf(el), where: where(el),
    });
  }
  for (const el of listOf(root, 'Citations', 'Citation')) {
    const x = xrefOf(el);
    p.citations.push({ id: el.attrs.elementId ?? '', db: x?.db ?? '', ident: x?.id ?? '', authors: [], source: cleanText(el.attrs.url) || undefined });
  }
  const known = new Set(['Xref', 'Description', 'Authors', 'Graphics', 'DataNodes', 'Interactions', 'GraphicalLines', 'Labels', 'Shapes', 'Groups', 'Citations', 'CitationRef', 'AnnotationRef']);
  for (const el of root.children) {
    if (el.name === 'Annotations') el.children.forEach(() => countIgnored(p, 'ontology term'));
    else if (!known.has(el.name)) countIgnored(p, el.name);
  }
  return p;
}
