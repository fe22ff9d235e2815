import Dexie, { type Table } from 'dexie';
import type { PathwayPack } from '../core/pack/schema.ts';
import type { FigureRecord } from '../core/pfocr/figure-record.ts';
import type { ConversionReport } from '../core/gpml/skip-report.ts';
import type { CardState, ReviewLog } from '../core/srs/card.ts';

export type Source = 'bundled' | 'imported';

export interface StoredFigure {
  id: string;
  source: Source;
  /** Bundled records: the manifest revision, so a changed record replaces the old one. */
  revision: string;
  record: FigureRecord;
  storedAt: number;
  searchTerms: string[];
}

export interface StoredPack {
  id: string;
  version: string;
  source: Source;
  figureId: string;
  title: string;
  pack: PathwayPack;
  storedAt: number;
  searchTerms: string[];
  /** For a pathway converted from a database file (GPML): what the conversion left out, and why. */
  report?: ConversionReport;
}

/** Where the learner was, per pack, so the app resumes there. */
export interface Position {
  packId: string;
  stepId?: string;
  detail: 'basic' | 'advanced';
  /** Where the learner chose to start the signal, in a pathway whose lesson is derived from its graph. */
  start?: string;
  updatedAt: number;
}

export interface StoredCard extends CardState {
  /** `${packId}|${kc}`: one card per knowledge component of a pack. */
  id: string;
  packId: string;
  kc: string;
}

export interface StoredReview extends ReviewLog {
  id?: number;
  cardId: string;
  packId: string;
}

export interface Setting {
  key: string;
  value: unknown;
}

export const DB_NAME = 'pathway-explorer';

/**
 * The one database. Schema history lives here and only here; every version
 * ever shipped stays listed so any older profile upgrades in place.
 */
export class PathwayDb extends Dexie {
  figures!: Table<StoredFigure, string>;
  packs!: Table<StoredPack, string>;
  positions!: Table<Position, string>;
  cards!: Table<StoredCard, string>;
  reviews!: Table<StoredReview, number>;
  settings!: Table<Setting, string>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      figures: '&id, source, *searchTerms',
      packs: '&id, source, figureId, *searchTerms',
      positions: '&packId',
      cards: '&id, packId, due, [packId+due]',
      reviews: '++id, cardId, packId, reviewedAt',
      settings: '&key',
    });
  }
}
