import type { Compartment } from '../pack/schema.ts';
import type { GpmlBox, GpmlPathway, GpmlShape } from './gpml-model.ts';
import type { PackIds } from './pack-ids.ts';
import { count, type ReportBuilder } from './skip-report.ts';
import { shorten } from './text.ts';

export interface FoundCompartment {
  id: string;
  label: string;
  kind: Compartment['kind'];
  box: GpmlBox;
  area: number;
  parent?: string;
  shape: GpmlShape;
}

/** Shape types that draw an organelle or a cell (2013a and 2021), keys squashed. */
const ORGANELLES: Record<string, string> = {
  mitochondria: 'Mitochondrion', endoplasmicreticulum: 'Endoplasmic reticulum', sarcoplasmicreticulum: 'Sarcoplasmic reticulum',
  golgiapparatus: 'Golgi apparatus', nucleus: 'Nucleus', cell: 'Cell', organelle: 'Organelle', vesicle: 'Vesicle',
};
const BOXES = new Set(['rectangle', 'roundedrectangle', 'oval', 'roundrectangle', 'ellipse']);
const NAME_WORDS = /nucle|cytoplasm|cytosol|mitochond|extracellular|membrane|reticulum|\ber\b|golgi|vesicle|endosom|lysosom|peroxisom|cell|lumen|matrix|synap|axon|dendrit|periplasm|outside|inside/i;
const MIN_SIDE = 200;

const squash = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
export const inside = (b: GpmlBox, x: number, y: number) => Math.abs(x - b.cx) <= b.w / 2 && Math.abs(y - b.cy) <= b.h / 2;
const contains = (outer: GpmlBox, inner: GpmlBox) =>
  inner.cx - inner.w / 2 >= outer.cx - outer.w / 2 - 2 && inner.cx + inner.w / 2 <= outer.cx + outer.w / 2 + 2 &&
  inner.cy - inner.h / 2 >= outer.cy - outer.h / 2 - 2 && inner.cy + inner.h / 2 <= outer.cy + outer.h / 2 + 2;

function kindOf(name: string): Compartment['kind'] {
  if (/extracellular|outside|serum|blood|plasma(?! membrane)/i.test(name)) return 'extracellular';
  if (/nucle|mitochond|reticulum|golgi|vesicle|endosom|lysosom|peroxisom|organelle|granule|vacuole|chloroplast|\ber\b/i.test(name)) return 'organelle';
  return 'cell';
}

/**
 * Compartments, in the order the format notes recommend: a
 * CellularComponentProperty, an organelle shape type, or a large, mostly
 * transparent box that holds nodes (named by its own text or a label inside).
 * A node belongs to the smallest compartment that contains its centre.
 */
export function findCompartments(model: GpmlPathway, ids: PackIds, report: ReportBuilder, limit = 99): FoundCompartment[] {
  const centres = model.dataNodes.map((n) => n.box);
  const candidates = model.shapes.filter((s) => {
    if (s.cellularComponent?.trim() || ORGANELLES[squash(s.shapeType)]) return true;
    return BOXES.has(squash(s.shapeType)) && s.box.w >= MIN_SIDE && s.box.h >= MIN_SIDE && (s.transparent || s.double) &&
      centres.some((c) => inside(s.box, c.cx, c.cy));
  }).sort((a, b) => b.box.w * b.box.h - a.box.w * a.box.h);
  if (candidates.length > limit) {
    report.skip('compartments-over-limit', (n) => `${count(n, 'small compartment shape was', 'small compartment shapes were')} left out: a pathway can have at most ${limit} compartments`, candidates[limit]!.where, candidates.length - limit);
    candidates.length = limit;
  }
  const smallestAround = (x: number, y: number, among: GpmlShape[]) =>
    among.filter((s) => inside(s.box, x, y)).sort((a, b) => a.box.w * a.box.h - b.box.w * b.box.h)[0];
  let unnamed = 0;
  const found: FoundCompartment[] = candidates.map((s) => {
    let label = s.cellularComponent?.trim() || s.text || ORGANELLES[squash(s.shapeType)] || '';
    if (!label) {
      // A label inside this box (and not inside a smaller candidate) that reads like a compartment name.
      const named = model.labels.find((l) => NAME_WORDS.test(l.text) && l.text.length <= 60 && smallestAround(l.box.cx, l.box.cy, candidates) === s);
      if (named) {
        label = named.text;
        report.note('label-names-compartment', (n) => `${count(n, 'label was', 'labels were')} read as the name of the compartment drawn around it`, named.where);
      }
    }
    if (!label) label = `Unnamed region ${++unnamed}`;
    return { id: ids.fresh(`c-${label.toLowerCase()}`), label: shorten(label, 80), kind: kindOf(label), box: s.box, area: s.box.w * s.box.h, shape: s };
  });
  if (unnamed) report.note('unnamed-compartments', (n) => `${count(n, 'large box holding nodes has', 'large boxes holding nodes have')} no name and ${n === 1 ? 'is' : 'are'} shown as an unnamed region`, undefined, unnamed);
  for (const c of found) {
    const parent = found.filter((o) => o !== c && o.area > c.area && contains(o.box, c.box)).sort((a, b) => a.area - b.area)[0];
    if (parent) c.parent = parent.id;
  }
  return found;
}

/** The smallest compartment containing a point, if any. */
export function compartmentAt(found: readonly FoundCompartment[], x: number, y: number): FoundCompartment | undefined {
  let best: FoundCompartment | undefined;
  for (const c of found) if (inside(c.box, x, y) && (!best || c.area < best.area)) best = c;
  return best;
}
