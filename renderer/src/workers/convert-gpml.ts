import type { PathwayPack } from '../core/pack/schema.ts';
import type { ConversionReport } from '../core/gpml/skip-report.ts';
import type { Checked } from '../core/util/problem.ts';

export type GpmlResult = Checked<{ pack: PathwayPack; report: ConversionReport }>;

let worker: Worker | undefined;
let next = 0;
const pending = new Map<number, (r: GpmlResult) => void>();

function gpmlWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./gpml.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<{ id: number; result: GpmlResult }>) => {
    pending.get(event.data.id)?.(event.data.result);
    pending.delete(event.data.id);
  };
  worker.onerror = (event) => {
    for (const done of pending.values()) done({ ok: false, problems: [{ path: '(file)', message: `could not be converted (${event.message || 'the converter stopped'})` }] });
    pending.clear();
    worker?.terminate();
    worker = undefined;
  };
  return worker;
}

/** Converts GPML in a worker where there are workers (the app), in this thread elsewhere (Node tests). */
export async function convertGpml(text: string): Promise<GpmlResult> {
  if (typeof Worker === 'undefined') {
    const { gpmlToPack } = await import('../core/gpml/gpml-to-pack.ts');
    const r = gpmlToPack(text);
    return r.ok ? { ok: true, value: { pack: r.value.pack, report: r.value.report } } : r;
  }
  const id = next++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    gpmlWorker().postMessage({ id, text });
  });
}

/** Starts the converter's worker (loading its code) before the first file arrives. */
export function warmGpmlWorker(): void {
  if (typeof Worker !== 'undefined') gpmlWorker();
}
