/**
 * One normalised model for both GPML schema generations (2013a and 2021).
 * The readers fill it; the pack converter reads only this, never XML.
 * Geometry is in GPML pixels, origin top-left, y down; boxes are centred.
 */

export type GpmlSchema = '2013a' | '2021';

export interface GpmlBox {
  cx: number;
  cy: number;
  w: number;
  h: number;
}

export interface GpmlXref {
  /** The database as written (2013a BridgeDb name "Entrez Gene", 2021 prefix "ncbigene"). */
  db: string;
  id: string;
}

export interface GpmlDataNode {
  /** GraphId / elementId, synthesised when absent (2013a allows none). */
  id: string;
  label: string;
  /** Type as written ("GeneProduct", "Rna", "RNA", …); '' when absent (= Unknown). */
  type: string;
  xref?: GpmlXref;
  box: GpmlBox;
  /** GroupRef (2013a: the group's GroupId; 2021: its elementId). */
  groupRef?: string;
  citations: string[];
  comments: string[];
  /** CellularComponentProperty, when a node carries one. */
  where: string;
}

export interface GpmlState {
  id: string;
  /** The DataNode it decorates. */
  parent: string;
  label: string;
}

export interface GpmlLabel {
  id: string;
  text: string;
  box: GpmlBox;
  groupRef?: string;
  where: string;
}

export interface GpmlShape {
  id: string;
  /** ShapeType as written ("Rectangle", "Mitochondria", "Cell", …). */
  shapeType: string;
  text: string;
  box: GpmlBox;
  /** org.pathvisio.CellularComponentProperty, if set. */
  cellularComponent?: string;
  /** Drawn with a double line (membrane). */
  double: boolean;
  /** Fill is transparent or absent. */
  transparent: boolean;
  groupRef?: string;
  where: string;
}

export type GroupStyle = 'complex' | 'group' | 'none' | 'pathway' | 'analog' | 'paralog' | 'other';

export interface GpmlGroup {
  /** What members' groupRef names (2013a GroupId; 2021 elementId). */
  key: string;
  /** What line ends name (2013a GraphId, may be absent; 2021 elementId). */
  graphId?: string;
  style: GroupStyle;
  rawStyle: string;
  label: string;
  /** Own box (2021); 2013a groups have none: computed from members later. */
  box?: GpmlBox;
  groupRef?: string;
  citations: string[];
  where: string;
}

export interface GpmlPoint {
  x: number;
  y: number;
  /** GraphRef / elementRef: what this end is attached to. */
  ref?: string;
  relX: number;
  relY: number;
  /** ArrowHead as written; absent = plain line end. */
  arrowHead?: string;
}

export interface GpmlAnchor {
  id: string;
  /** 0–1 along the drawn line. */
  position: number;
}

export interface GpmlLine {
  id: string;
  points: GpmlPoint[];
  anchors: GpmlAnchor[];
  connector: string;
  xref?: GpmlXref;
  citations: string[];
  groupRef?: string;
  where: string;
}

export interface GpmlCitation {
  /** rdf:id (2013a) / elementId (2021), as cited. */
  id: string;
  db: string;
  ident: string;
  title?: string;
  source?: string;
  year?: number;
  authors: string[];
}

export interface GpmlPathway {
  schema: GpmlSchema;
  title: string;
  organism: string;
  /** "WP2380" and "141011" from Version="WP2380_r141011", when present. */
  wpId?: string;
  revision?: string;
  authors: string[];
  description: string;
  lastModified?: string;
  dataNodes: GpmlDataNode[];
  states: GpmlState[];
  labels: GpmlLabel[];
  shapes: GpmlShape[];
  groups: GpmlGroup[];
  interactions: GpmlLine[];
  graphicalLines: number;
  citations: GpmlCitation[];
  /** Pathway-level citations (BiopaxRef / CitationRef on the root). */
  pathwayCitations: string[];
  /** Elements read but not used (InfoBox, Legend, ontology terms…), counted for the report. */
  ignored: Record<string, number>;
}
