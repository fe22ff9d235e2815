import { describe, expect, it } from 'vitest';
import type { FigureRecord } from '../pfocr/figure-record.ts';
import type { Reference } from './schema.ts';
import { recordCitation, referenceText } from './citation.ts';
import { cleanCaption } from './clean-caption.ts';

const ref = (r: Partial<Reference>): Reference => ({ id: 'x', journal: 'Biol Psychiatry', ...r });
const rec = (citation?: string, year?: string): FigureRecord => ({ id: 'R1', caption: 'c', organisms: [], keywords: [], fields: {}, source: '', ...(citation ? { citation } : {}), ...(year ? { year } : {}) });

describe('references', () => {
  it.each([
    [{ authors: 'Liu RJ, et al.', year: 2012, title: 'BDNF Val66Met allele impairs synaptogenesis', volume: '71', pages: '996' }, 'Liu RJ, et al. (2012). BDNF Val66Met allele impairs synaptogenesis. Biol Psychiatry 71:996.'],
    [{ title: 'Akt mediates GSK-3β phosphorylation', year: 2014, journal: 'Neuroimmunomodulation', volume: '21(4)', pages: '183' }, 'Akt mediates GSK-3β phosphorylation (2014). Neuroimmunomodulation 21(4):183.'],
    [{ authors: 'Laje G, et al.' }, 'Laje G, et al. (n.d.). Biol Psychiatry.'],
    [{ journal: 'WikiPathways', title: 'BDNF signaling (WP2380)?' , authors: 'WikiPathways contributors', year: 2025 }, 'WikiPathways contributors (2025). BDNF signaling (WP2380)? WikiPathways.'],
  ])('formats %j', (r, text) => expect(referenceText(ref(r))).toBe(text));
});

describe('figure-record citations', () => {
  it.each([
    ['Satoshi Deyama, et al. Biol Psychiatry. ;86(2):143-152.', undefined, 'Satoshi Deyama, et al. (n.d.). Biol Psychiatry 86(2):143-152.'],
    ['Satoshi Deyama, et al. Biol Psychiatry. ;86(2):143-152.', '2019', 'Satoshi Deyama, et al. (2019). Biol Psychiatry 86(2):143-152.'],
    ['Kim A, et al. Front Mol Neurosci. 2017;10:210.', '2017', 'Kim A, et al. Front Mol Neurosci. 2017;10:210.'],
    [undefined, '2001', '(2001)'],
  ])('%j with year %j', (citation, year, text) => {
    const out = recordCitation(rec(citation, year));
    expect(out).toBe(text);
    expect(out).not.toMatch(/\.\s*;\s*\d|(\d{4}).*\(\1\)/);
  });
});

describe('captions as students read them', () => {
  it.each([
    ['release of these trophic factors (see ). ADT, antidepressant;', 'release of these trophic factors. ADT, antidepressant;'],
    ['shown before ( ) and after [ ].', 'shown before and after.'],
    ['keeps the authors\u2019 hetelorogous typo', 'keeps the authors\u2019 hetelorogous typo'],
  ])('%j', (caption, cleaned) => expect(cleanCaption(caption)).toBe(cleaned));
});
