/**
 * A PFOCR figure record (https://pfocr.wikipathways.org) as the app stores it.
 * Only the figure id and caption are required; `fields` keeps every field of
 * the source record (unknown ones included) after missing-value clean-up, and
 * `source` keeps the original text, so nothing in a record is ever lost.
 */
export interface FigureRecord {
  id: string;
  title?: string;
  caption: string;
  pmcid?: string;
  paperTitle?: string;
  citation?: string;
  year?: string;
  number?: string;
  figureLink?: string;
  filename?: string;
  figureType?: string;
  organisms: string[];
  keywords: string[];
  license?: string;
  creator?: string;
  pageUrl?: string;
  fields: Record<string, unknown>;
  source: string;
}
