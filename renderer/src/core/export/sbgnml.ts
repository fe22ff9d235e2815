import type { PathwayPack } from '../pack/schema.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const xid = (prefix: string, id: string) => `${prefix}_${id.replace(/[^\w.-]/g, '_')}`;

/** SBGN Activity Flow glyph class per node kind. */
export function glyphClass(kind: string): 'perturbation' | 'phenotype' | 'biological activity' {
  if (kind === 'drug') return 'perturbation';
  if (kind === 'process' || kind === 'outcome') return 'phenotype';
  return 'biological activity';
}

/** Unit-of-information entity of an activity, per SBGN AF (mt: material types). */
function entity(kind: string): { text: string; name: string } {
  if (kind === 'neurotransmitter' || kind === 'ion' || kind === 'second-messenger') return { text: 'mt:simplechem', name: 'simple chemical' };
  if (kind === 'complex') return { text: 'mt:complex', name: 'complex' };
  return { text: 'mt:prot', name: 'macromolecule' };
}

const ARC: Record<string, string> = {
  positive: 'positive influence',
  negative: 'negative influence',
  necessary: 'necessary stimulation',
  unknown: 'unknown influence',
};

export interface Geometry {
  nodes: ReadonlyMap<string, { x: number; y: number; w: number; h: number }>;
  compartments: readonly { id: string; x: number; y: number; w: number; h: number }[];
}

/**
 * The pathway as SBGN-ML 0.3 (Activity Flow), with the layout the app draws,
 * so it opens in SBGN tools (e.g. Newt, SBGN-ED) looking like the app's figure.
 */
export function toSbgnml(pack: PathwayPack, geometry: Geometry): string {
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<sbgn xmlns="http://sbgn.org/libsbgn/0.3">',
    `  <map id="${xid('map', pack.id)}" language="activity flow">`,
    `    <notes><html xmlns="http://www.w3.org/1999/xhtml"><body>${esc(pack.title)}. ${esc(pack.provenance.citation)} Exported from Pathway Explorer.</body></html></notes>`,
  ];
  for (const c of geometry.compartments) {
    const comp = pack.compartments.find((x) => x.id === c.id);
    if (!comp) continue;
    lines.push(`    <glyph id="${xid('c', c.id)}" class="compartment">`, `      <label text="${esc(comp.label)}"/>`, `      <bbox x="${c.x}" y="${c.y}" w="${c.w}" h="${c.h}"/>`, '    </glyph>');
  }
  for (const n of pack.nodes) {
    const g = geometry.nodes.get(n.id);
    if (!g) continue;
    const cls = glyphClass(n.kind);
    const inComp = geometry.compartments.some((c) => c.id === n.compartment) ? ` compartmentRef="${xid('c', n.compartment)}"` : '';
    const [x, y] = [g.x - g.w / 2, g.y - g.h / 2];
    lines.push(`    <glyph id="${xid('n', n.id)}" class="${cls}"${inComp}>`, `      <label text="${esc(n.label)}"/>`, `      <bbox x="${x}" y="${y}" w="${g.w}" h="${g.h}"/>`);
    if (cls === 'biological activity') {
      const e = entity(n.kind);
      lines.push(`      <glyph id="${xid('u', n.id)}" class="unit of information">`, `        <label text="${e.text}"/>`, `        <entity name="${e.name}"/>`, `        <bbox x="${x + 6}" y="${y - 7}" w="${Math.max(40, e.text.length * 6)}" h="14"/>`, '      </glyph>');
    }
    lines.push('    </glyph>');
  }
  for (const e of pack.edges) {
    const s = geometry.nodes.get(e.source);
    const t = geometry.nodes.get(e.target);
    if (!s || !t) continue;
    lines.push(
      `    <arc id="${xid('a', e.id)}" class="${ARC[e.kind]}" source="${xid('n', e.source)}" target="${xid('n', e.target)}">`,
      `      <start x="${s.x}" y="${s.y}"/>`,
      `      <end x="${t.x}" y="${t.y}"/>`,
      '    </arc>',
    );
  }
  lines.push('  </map>', '</sbgn>');
  return `${lines.join('\n')}\n`;
}
