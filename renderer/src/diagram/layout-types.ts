export interface NodeBox {
  id: string;
  /** Centre. */
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
  /** A complex drawn around its members (a container, not a box over them). */
  container?: boolean;
  /** State variables drawn on the border ("P", "Y204"). */
  states?: readonly string[];
}

export interface CompartmentBox {
  id: string;
  label: string;
  kind: string;
  x: number;
  y: number;
  w: number;
  h: number;
  depth: number;
}

export interface EdgeGeometry {
  id: string;
  d: string;
  /** Where a label or a mid-arc mark sits. */
  mid: { x: number; y: number };
  length: number;
  /** Start, waypoints and end: the control polygon the drawn curve stays close to. */
  points: { x: number; y: number }[];
}

/** A drawn group of nodes (not a complex): a light box behind them. */
export interface GroupBox {
  id: string;
  label?: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Layout {
  nodes: Map<string, NodeBox>;
  compartments: CompartmentBox[];
  groups?: GroupBox[];
  edges: Map<string, EdgeGeometry>;
  bounds: { x: number; y: number; w: number; h: number };
  /** How the positions were obtained. */
  origin: 'hand-placed' | 'automatic';
}
