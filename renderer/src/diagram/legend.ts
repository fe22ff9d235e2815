import type { EdgeKind, NodeKind } from '../core/pack/schema.ts';
import type { EdgeLook, NodeLook } from './diagram-view.ts';

/**
 * The one legend definition. The in-app legend, the legend drawn into exported
 * images and the diagram itself all use these entries and the diagram's own
 * classes (diagram.css), so what the legend shows is what the figure draws.
 */
export type LegendSample =
  | { type: 'edge'; kind: EdgeKind; look: EdgeLook; model?: boolean }
  | { type: 'cue'; tone: 'activating' | 'inhibiting' }
  | { type: 'current' }
  | { type: 'node'; kind: NodeKind; look: NodeLook; model?: boolean; tag?: string };

export interface LegendEntry {
  id: string;
  text: string;
  sample: LegendSample;
}

export interface LegendGroup {
  title: string;
  entries: LegendEntry[];
}

export const LEGEND: LegendGroup[] = [
  {
    title: 'Arrows',
    entries: [
      { id: 'positive', text: 'Positive influence (activates, releases)', sample: { type: 'edge', kind: 'positive', look: 'plain' } },
      { id: 'negative', text: 'Negative influence (blocks, inhibits)', sample: { type: 'edge', kind: 'negative', look: 'plain' } },
      { id: 'necessary', text: 'Necessary stimulation', sample: { type: 'edge', kind: 'necessary', look: 'plain' } },
      { id: 'unknown', text: 'Influence of unknown sign', sample: { type: 'edge', kind: 'unknown', look: 'plain' } },
      { id: 'model-edge', text: "Dashed, labelled model: the authors' model", sample: { type: 'edge', kind: 'positive', look: 'plain', model: true } },
      { id: 'on-edge', text: 'Carrying the signal now', sample: { type: 'edge', kind: 'positive', look: 'on' } },
      { id: 'cut-edge', text: 'Cut by an intervention', sample: { type: 'edge', kind: 'positive', look: 'cut' } },
      { id: 'cue', text: 'The signal travelling (animation)', sample: { type: 'cue', tone: 'activating' } },
      { id: 'cue-inhibiting', text: 'An inhibiting signal travelling', sample: { type: 'cue', tone: 'inhibiting' } },
    ],
  },
  {
    title: 'Shapes',
    entries: [
      { id: 'drug', text: 'Drug (perturbation)', sample: { type: 'node', kind: 'drug', look: 'plain' } },
      { id: 'molecule', text: 'Molecule or activity (tag: its kind)', sample: { type: 'node', kind: 'protein', look: 'plain', tag: 'kind' } },
      { id: 'process', text: 'Cellular process or outcome', sample: { type: 'node', kind: 'process', look: 'plain' } },
      { id: 'model-node', text: "Node from the authors' model (dashed ring)", sample: { type: 'node', kind: 'protein', look: 'plain', model: true } },
    ],
  },
  {
    title: 'States',
    entries: [
      { id: 'current', text: 'This step (outlined, gently pulsing)', sample: { type: 'current' } },
      { id: 'on', text: 'Active (bold outline)', sample: { type: 'node', kind: 'protein', look: 'on' } },
      { id: 'off', text: 'Inactive (hatched, tagged off)', sample: { type: 'node', kind: 'protein', look: 'off' } },
      { id: 'blocked', text: 'Blocked by an intervention', sample: { type: 'node', kind: 'protein', look: 'blocked' } },
      { id: 'lost', text: 'Lost compared with the baseline', sample: { type: 'node', kind: 'protein', look: 'lost' } },
      { id: 'neutralized', text: 'Released but neutralized', sample: { type: 'node', kind: 'protein', look: 'neutralized' } },
      { id: 'forced', text: 'Forced on by an intervention', sample: { type: 'node', kind: 'protein', look: 'forced' } },
      { id: 'future', text: 'Not reached yet (faint)', sample: { type: 'node', kind: 'protein', look: 'future' } },
    ],
  },
];

export const LEGEND_ROW = 26;
export const LEGEND_SAMPLE_W = 56;
export const LEGEND_COLUMN_W = 350;
const HEAD = 22;

export interface PlacedLegend {
  width: number;
  height: number;
  heads: { title: string; x: number; y: number }[];
  rows: (LegendEntry & { x: number; y: number })[];
}

/**
 * Lays the groups out in as many columns as fit in `maxWidth` (at least one),
 * filling columns top to bottom, a group never split across columns.
 */
export function placeLegend(maxWidth: number, groups: readonly LegendGroup[] = LEGEND): PlacedLegend {
  const columns = Math.max(1, Math.min(groups.length, Math.floor(maxWidth / LEGEND_COLUMN_W)));
  const heightOf = (g: LegendGroup) => HEAD + g.entries.length * LEGEND_ROW + 8;
  const total = groups.reduce((s, g) => s + heightOf(g), 0);
  const target = total / columns;
  const heads: PlacedLegend['heads'] = [];
  const rows: PlacedLegend['rows'] = [];
  let col = 0;
  let y = 0;
  let height = 0;
  for (const g of groups) {
    if (y > 0 && y + heightOf(g) / 2 > target && col < columns - 1) {
      col++;
      y = 0;
    }
    const x = col * LEGEND_COLUMN_W;
    heads.push({ title: g.title, x, y: y + 14 });
    y += HEAD;
    for (const e of g.entries) {
      rows.push({ ...e, x, y });
      y += LEGEND_ROW;
    }
    y += 8;
    height = Math.max(height, y);
  }
  return { width: (col + 1) * LEGEND_COLUMN_W, height, heads, rows };
}

export const legendEntries = (groups: readonly LegendGroup[] = LEGEND): LegendEntry[] => groups.flatMap((g) => g.entries);
