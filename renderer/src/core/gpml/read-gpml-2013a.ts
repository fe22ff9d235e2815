import type { GpmlCitation, GpmlLine, GpmlPathway, GpmlXref } from './gpml-model.ts';
import { allIds, boxOf, countIgnored, emptyPathway, groupStyle, IdMaker, isTransparent, num, splitVersion, textOf } from './read-common.ts';
import { cleanText, splitAuthors } from './text.ts';
import { childNamed, childrenNamed, where, type XmlElement } from './xml-front-door.ts';

const citationsOf = (el: XmlElement) => childrenNamed(el, 'BiopaxRef').map((r) => cleanText(r.text)).filter(Boolean);

function xrefOf(el: XmlElement): GpmlXref | undefined {
  const x = childNamed(el, 'Xref');
  const db = cleanText(x?.attrs.Database);
  const id = cleanText(x?.attrs.ID);
  return db && id ? { db, id } : undefined;
}

function attribute(el: XmlElement, key: string): string | undefined {
  return childrenNamed(el, 'Attribute').find((a) => a.attrs.Key === key)?.attrs.Value;
}

function line(el: XmlElement, ids: IdMaker): GpmlLine {
  const g = childNamed(el, 'Graphics');
  return {
    id: el.attrs.GraphId || ids.next('line'),
    points: (g ? childrenNamed(g, 'Point') : []).map((p) => ({
      x: num(p.attrs.X), y: num(p.attrs.Y), ref: p.attrs.GraphRef || undefined,
      relX: num(p.attrs.RelX), relY: num(p.attrs.RelY), arrowHead: p.attrs.ArrowHead || undefined,
    })),
    anchors: (g ? childrenNamed(g, 'Anchor') : []).map((a) => ({ id: a.attrs.GraphId || ids.next('anchor'), position: num(a.attrs.Position, 0.5) })),
    connector: g?.attrs.ConnectorType ?? 'Straight',
    xref: xrefOf(el),
    citations: citationsOf(el),
    groupRef: el.attrs.GroupRef || undefined,
    where: where(el),
  };
}

function publication(el: XmlElement): GpmlCitation | undefined {
  const field = (name: string) => cleanText(childNamed(el, name)?.text);
  const id = el.attrs['rdf:id'] ?? el.attrs['rdf:ID'];
  if (!id) return undefined;
  const year = Number.parseInt(field('YEAR'), 10);
  return {
    id: cleanText(id), db: field('DB'), ident: field('ID'),
    title: field('TITLE') || undefined, source: field('SOURCE') || undefined,
    year: Number.isFinite(year) ? year : undefined,
    authors: childrenNamed(el, 'AUTHORS').map((a) => cleanText(a.text)).filter(Boolean),
  };
}

/** GPML 2013a (http://pathvisio.org/GPML/2013a): a flat list of elements under Pathway. */
export function readGpml2013a(root: XmlElement): GpmlPathway {
  const p = emptyPathway('2013a');
  const ids = new IdMaker(allIds(root, ['GraphId', 'GroupId']));
  const a = root.attrs;
  p.title = cleanText(a.Name);
  p.organism = cleanText(a.Organism);
  Object.assign(p, splitVersion(a.Version));
  p.authors = splitAuthors(a.Author);
  p.lastModified = a['Last-Modified'];
  p.pathwayCitations = citationsOf(root);

  for (const el of root.children) {
    const box = boxOf(el);
    switch (el.name) {
      case 'Comment':
        if (el.attrs.Source === 'WikiPathways-description' || !p.description) p.description = textOf(el);
        break;
      case 'DataNode':
        p.dataNodes.push({
          id: el.attrs.GraphId || ids.next('node'), label: cleanText(el.attrs.TextLabel), type: cleanText(el.attrs.Type),
          xref: xrefOf(el), box: box ?? { cx: 0, cy: 0, w: 1, h: 1 }, groupRef: el.attrs.GroupRef || undefined,
          citations: citationsOf(el), comments: childrenNamed(el, 'Comment').map(textOf).filter(Boolean), where: where(el),
        });
        break;
      case 'State':
        p.states.push({ id: el.attrs.GraphId || ids.next('state'), parent: el.attrs.GraphRef ?? '', label: cleanText(el.attrs.TextLabel) });
        break;
      case 'Interaction':
        p.interactions.push(line(el, ids));
        break;
      case 'GraphicalLine':
        p.graphicalLines++;
        break;
      case 'Label':
        p.labels.push({ id: el.attrs.GraphId || ids.next('label'), text: cleanText(el.attrs.TextLabel), box: box ?? { cx: 0, cy: 0, w: 1, h: 1 }, groupRef: el.attrs.GroupRef || undefined, where: where(el) });
        break;
      case 'Shape': {
        const g = childNamed(el, 'Graphics');
        p.shapes.push({
          id: el.attrs.GraphId || ids.next('shape'), shapeType: g?.attrs.ShapeType ?? 'Rectangle', text: cleanText(el.attrs.TextLabel),
          box: box ?? { cx: 0, cy: 0, w: 1, h: 1 }, cellularComponent: attribute(el, 'org.pathvisio.CellularComponentProperty'),
          double: attribute(el, 'org.pathvisio.DoubleLineProperty') === 'Double', transparent: isTransparent(g?.attrs.FillColor),
          groupRef: el.attrs.GroupRef || undefined, where: where(el),
        });
        break;
      }
      case 'Group':
        p.groups.push({
          key: el.attrs.GroupId || ids.next('group'), graphId: el.attrs.GraphId || undefined, style: groupStyle(el.attrs.Style, '2013a'),
          rawStyle: el.attrs.Style ?? '', label: cleanText(el.attrs.TextLabel), groupRef: el.attrs.GroupRef || undefined,
          citations: citationsOf(el), where: where(el),
        });
        break;
      case 'Biopax':
        for (const b of el.children) {
          const c = b.name === 'PublicationXref' ? publication(b) : undefined;
          if (c) p.citations.push(c);
          else countIgnored(p, b.name === 'openControlledVocabulary' ? 'ontology term' : `Biopax ${b.name}`);
        }
        break;
      case 'BiopaxRef':
      case 'Graphics':
      case 'Attribute':
        break;
      default:
        countIgnored(p, el.name);
    }
  }
  return p;
}
