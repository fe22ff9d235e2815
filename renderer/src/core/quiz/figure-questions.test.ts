import { describe, expect, it } from 'vitest';
import type { FigureRecord } from '../pfocr/figure-record.ts';
import { figureQuestions, keywordMention } from './figure-questions.ts';
import { recordViolations } from './rules.ts';
import { captionSentences } from './cloze.ts';
import { rng } from './random.ts';
import { lowerFirst } from './wording.ts';

const caption = 'Growth factor receptors recruit the adaptor and SOS, which activates Ras. Ras signals through MAPK to the nucleus. In parallel, PI3K activates Akt, and PLCγ raises Ca2+. Akt and MAPK converge on CREB to drive transcription (see ).';
const record = (keywords: string[], title = 'Receptor signalling to CREB'): FigureRecord => ({
  id: 'TEST__F1', title, caption, organisms: [], keywords, fields: {}, source: '',
});

describe('keyword cards for a figure record', () => {
  it.each([
    ['SOS1', 'SOS', 'family'],
    ['HRAS', 'Ras', 'family'],
    ['PLCG1', 'PLCγ', 'family'],
    ['PIK3CA', 'PI3K', 'family'],
    ['MAPK1', 'MAPK', 'family'],
    ['AKT1', 'Akt', 'family'],
    ['CREB1', 'CREB', 'alias'],
  ])('finds %s named as “%s” (%s)', (keyword, name, kind) => {
    expect(keywordMention(captionSentences(caption), keyword)?.via).toEqual({ name, kind });
  });
  it('answers from the sentence that names it, and never says the caption does not name it', () => {
    const qs = figureQuestions(record(['PIK3CA', 'CREB1', 'Andorra']), rng(1));
    const card = qs.find((q) => q.kc === 'keyword:PIK3CA');
    expect(card?.kind === 'flashcard' && card.back).toBe('The caption: “In parallel, PI3K activates Akt, and PLCγ raises Ca2+.” It names the family “PI3K”, to which PIK3CA belongs, not PIK3CA itself.');
    expect(qs.find((q) => q.kc === 'keyword:CREB1')?.kind).toBe('flashcard');
  });
  it('does not ask when the caption does not name the keyword in any way it knows', () => {
    expect(figureQuestions(record(['Andorra', 'spn-E']), rng(1)).filter((q) => q.family === 'keyword')).toEqual([]);
  });
  it('never makes a gap of a word in the title, and drops the "(see )" husk', () => {
    const qs = figureQuestions(record(['CREB', 'Ras', 'MAPK', 'Akt', 'SOS']), rng(3));
    const gaps = qs.filter((q) => q.family === 'cloze');
    expect(gaps.length).toBeGreaterThan(0);
    for (const q of gaps) {
      expect(q.kind === 'choice' && q.answer).not.toBe('CREB');
      expect(q.prompt).not.toContain('(see');
    }
    expect(recordViolations(record(['CREB', 'Ras', 'MAPK', 'Akt', 'SOS']), qs)).toEqual([]);
  });
});

describe('wording', () => {
  it.each([
    ['Neutralizing antibody infused into mPFC', 'neutralizing antibody infused into mPFC'],
    ['Flk-1 deleted from forebrain excitatory neurons', 'Flk-1 deleted from forebrain excitatory neurons'],
    ['TrkB deleted in CA1', 'TrkB deleted in CA1'],
    ['AMPA-receptor antagonist', 'AMPA-receptor antagonist'],
    ['Knock-in of the human Met66 allele', 'knock-in of the human Met66 allele'],
    ['mTORC1 inhibitor', 'mTORC1 inhibitor'],
    ['Ketamine', 'ketamine'],
  ])('lowerFirst(%j) keeps acronyms', (text, expected) => {
    expect(lowerFirst(text)).toBe(expected);
  });
});
