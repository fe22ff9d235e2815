/**
 * Turns GPML ids (any string) into pack ids (1–64 of letters, digits,
 * "_", "-", "."), unique across the pack. The same GPML id always gets the
 * same pack id within one conversion.
 */
export class PackIds {
  private readonly used = new Set<string>();
  private readonly byKey = new Map<string, string>();

  /** A fresh id derived from `wanted` (not remembered under any key). */
  fresh(wanted: string): string {
    let base = wanted.replace(/[^A-Za-z0-9_.-]/g, '_').replace(/^[^A-Za-z0-9]+/, '').slice(0, 56) || 'x';
    if (!/^[A-Za-z0-9]/.test(base)) base = `x${base}`;
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}.${n}`;
    this.used.add(id);
    return id;
  }

  /** The pack id for a GPML element; `kind` keeps the namespaces of GPML ids apart. */
  of(kind: string, gpmlId: string): string {
    const key = `${kind}\u0000${gpmlId}`;
    let id = this.byKey.get(key);
    if (!id) {
      id = this.fresh(gpmlId);
      this.byKey.set(key, id);
    }
    return id;
  }
}
