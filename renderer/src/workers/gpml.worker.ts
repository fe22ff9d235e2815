/// <reference lib="webworker" />
// GPML conversion off the main thread: parsing and converting a large pathway
// must never freeze the app. The same core function serves `npm run validate`.
import { gpmlToPack } from '../core/gpml/gpml-to-pack.ts';

self.onmessage = (event: MessageEvent<{ id: number; text: string }>) => {
  const { id, text } = event.data;
  try {
    const r = gpmlToPack(text);
    // The parsed model stays here: the app needs only the pack and the report.
    self.postMessage({ id, result: r.ok ? { ok: true, value: { pack: r.value.pack, report: r.value.report } } : r });
  } catch (err) {
    self.postMessage({ id, result: { ok: false, problems: [{ path: '(file)', message: `could not be converted (${err instanceof Error ? err.message : String(err)})` }] } });
  }
};
