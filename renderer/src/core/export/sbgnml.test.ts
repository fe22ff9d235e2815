import { describe, expect, it } from 'vitest';
import { PackIndex } from '../graph/pack-index.ts';
import { ketaminePack } from '../test-fixtures.ts';
import { handLayout } from '../../diagram/hand-layout.ts';
import { toSbgnml } from './sbgnml.ts';

const pack = ketaminePack();
const layout = handLayout(new PackIndex(pack), 'advanced');
const xml = toSbgnml(pack, layout);

describe('SBGN-ML export', () => {
  it('declares an Activity Flow map in the SBGN-ML namespace', () => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"/);
    expect(xml).toContain('<sbgn xmlns="http://sbgn.org/libsbgn/0.3">');
    expect(xml).toContain('language="activity flow"');
  });
  it('has one glyph per node and compartment, and one arc per edge', () => {
    expect(xml.match(/<glyph id="n_/g)).toHaveLength(pack.nodes.length);
    expect(xml.match(/class="compartment"/g)!.length).toBe(layout.compartments.length);
    expect(xml.match(/<arc /g)).toHaveLength(pack.edges.length);
  });
  it('uses AF classes: perturbation for the drug, phenotype for processes, influences for arcs', () => {
    expect(xml).toContain('<glyph id="n_ketamine" class="perturbation"');
    expect(xml).toContain('<glyph id="n_synaptogenesis" class="phenotype"');
    expect(xml).toContain('class="negative influence" source="n_ketamine" target="n_nmdar_int"');
    expect(xml).toContain('<entity name="macromolecule"/>');
  });
  it('escapes text and balances its tags', () => {
    expect(xml).not.toMatch(/text="[^"]*[<>][^"]*"/);
    const opens = (xml.match(/<(glyph|arc|map|sbgn)[\s>]/g) ?? []).length;
    const closes = (xml.match(/<\/(glyph|arc|map|sbgn)>/g) ?? []).length;
    expect(opens).toBe(closes);
  });
});
