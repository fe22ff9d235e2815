/**
 * What a conversion left out or changed, counted, in words a student can
 * read. Nothing is dropped silently: every skipped element adds to a line.
 */
export interface ReportLine {
  /** Stable key, for tests and for the app to group lines. */
  key: string;
  count: number;
  /** One sentence, e.g. "12 lines not attached at both ends were left out: they are drawing only." */
  text: string;
  /** Where in the file (line:column) the first few came from. */
  examples: string[];
}

export interface ConversionReport {
  /** What became part of the pack. */
  kept: { nodes: number; edges: number; references: number; compartments: number; complexes: number; groups: number; phenotypes: number };
  /** Left out, with the reason. */
  skipped: ReportLine[];
  /** Changed or added to make the pathway usable (not losses). */
  notes: ReportLine[];
}

type Sentence = (n: number) => string;

export class ReportBuilder {
  private readonly lines = { skipped: new Map<string, ReportLine & { say: Sentence }>(), notes: new Map<string, ReportLine & { say: Sentence }>() };

  private add(list: 'skipped' | 'notes', key: string, say: Sentence, where?: string, by = 1): void {
    const map = this.lines[list];
    const line = map.get(key) ?? { key, count: 0, text: '', examples: [], say };
    line.count += by;
    if (where && line.examples.length < 3) line.examples.push(where);
    map.set(key, line);
  }

  skip(key: string, say: Sentence, where?: string, by = 1): void {
    if (by > 0) this.add('skipped', key, say, where, by);
  }

  note(key: string, say: Sentence, where?: string, by = 1): void {
    if (by > 0) this.add('notes', key, say, where, by);
  }

  build(kept: ConversionReport['kept']): ConversionReport {
    const out = (map: Map<string, ReportLine & { say: Sentence }>) =>
      [...map.values()].map(({ say, ...line }) => ({ ...line, text: say(line.count) }));
    return { kept, skipped: out(this.lines.skipped), notes: out(this.lines.notes) };
  }
}

/** "1 line was" / "12 lines were". */
export const count = (n: number, one: string, many: string): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export function formatReport(report: ConversionReport): string {
  const k = report.kept;
  const lines = [`Converted: ${count(k.nodes, 'node', 'nodes')}, ${count(k.edges, 'link', 'links')}, ${count(k.references, 'reference', 'references')}, ${count(k.compartments, 'compartment', 'compartments')}.`];
  if (report.skipped.length) lines.push('Left out:', ...report.skipped.map((l) => `  - ${l.text}`));
  else lines.push('Nothing was left out.');
  if (report.notes.length) lines.push('Changed:', ...report.notes.map((l) => `  - ${l.text}`));
  return lines.join('\n');
}
