import type { PathwayDb, StoredFigure } from '../store/db.ts';
import { getFigure, getPack, getPacks, hasPack, listFigures, listPacks, type PackSummary } from '../store/library.ts';
import { importFile, removeImported, searchLibrary, type Imported } from '../store/imports.ts';
import { packFile } from '../core/export/pack-file.ts';
import type { Checked } from '../core/util/problem.ts';
import type { Platform } from '../platform/platform.ts';
import { Live } from './live.svelte.ts';

export type { PackSummary, Imported };

export interface LibraryDeps {
  db: () => PathwayDb;
  host: () => Platform;
  /** Progress was deleted with a pathway: the automatic backup must not bring it back. */
  progressRemoved: () => Promise<void>;
}

/**
 * The learner's library as the views see it: packs and figure records kept
 * current (every import, removal or re-seed shows at once), search, import
 * (files chosen, dropped or given as text), removal and pack files for export.
 * Views never reach the store themselves.
 */
export class LibraryState {
  readonly #packs: Live<PackSummary[]>;
  readonly #figures: Live<StoredFigure[]>;

  constructor(private readonly deps: LibraryDeps) {
    this.#packs = new Live(() => listPacks(deps.db()), []);
    this.#figures = new Live(() => listFigures(deps.db()), []);
  }

  /** Bundled first, then imported, each by title. */
  get packs(): PackSummary[] {
    return this.#packs.current;
  }
  get figures(): StoredFigure[] {
    return this.#figures.current;
  }

  getPack = (id: string) => getPack(this.deps.db(), id);
  hasPack = (id: string) => hasPack(this.deps.db(), id);
  getPacks = (ids: string[]) => getPacks(this.deps.db(), ids);
  getFigure = (id: string) => getFigure(this.deps.db(), id);

  /** Ids ("pack:…", "figure:…") of what matches every word of the query by prefix. */
  async search(query: string): Promise<Set<string>> {
    return new Set((await searchLibrary(this.deps.db(), query)).map((h) => `${h.kind}:${h.id}`));
  }

  /** Validates (converting GPML in a worker) and stores; a refusal changes nothing. */
  importText(name: string, text: string): Promise<Checked<Imported>> {
    return importFile(this.deps.db(), name, text);
  }

  /** Lets the learner choose a file (the host's dialog); undefined when they cancel. */
  async chooseFile(): Promise<{ name: string; text: string } | undefined> {
    return (await this.deps.host().openImportFile('any')) ?? undefined;
  }

  /** A file dropped on the window, read through the host (refused by size first). */
  readDropped(file: File): Promise<{ name: string; text: string }> {
    return this.deps.host().readDroppedFile(file);
  }

  async remove(kind: 'pack' | 'figure', id: string, forgetProgress: boolean): Promise<void> {
    await removeImported(this.deps.db(), kind, id, forgetProgress);
    if (forgetProgress) await this.deps.progressRemoved();
  }

  /** Saves a stored pack as a pack file (through the host's save dialog); false if cancelled. */
  async exportPack(id: string): Promise<boolean> {
    const stored = await getPack(this.deps.db(), id);
    if (!stored) return false;
    const file = packFile(stored.pack);
    return this.deps.host().saveExport(file.name, 'json', file.text);
  }
}
