import { describe, expect, it } from 'vitest';
import { PackIndex } from '../graph/pack-index.ts';
import { ketaminePack } from '../test-fixtures.ts';
import { packQuestions } from './generate.ts';
import { ankiText } from './anki.ts';

describe('Anki export', () => {
  const text = ankiText('Ketamine', packQuestions(new PackIndex(ketaminePack())));
  const lines = text.trimEnd().split('\n');
  it('has Anki\'s header lines and one tab-separated note per line', () => {
    expect(lines.slice(0, 4)).toEqual(['#separator:tab', '#html:false', '#notetype:Basic', '#deck:Pathway Explorer::Ketamine']);
    for (const l of lines.slice(4)) expect(l.split('\t')).toHaveLength(2);
  });
  it('writes the answer on the back', () => {
    const trkb = lines.find((l) => l.startsWith('Which human gene (HGNC symbol) encodes TrkB?'));
    expect(trkb?.split('\t')[1]).toMatch(/^NTRK2 — /);
  });
});
