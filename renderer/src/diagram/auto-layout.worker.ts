/// <reference lib="webworker" />
// Automatic layout off the main thread: ELK is large and, for big packs, slow.
import ELK from 'elkjs/lib/elk.bundled.js';
import { elkLayout, type AutoLayoutInput } from './elk-layout.ts';

const elk = new ELK();

self.onmessage = async (event: MessageEvent<{ id: number; input: AutoLayoutInput }>) => {
  const { id, input } = event.data;
  try {
    self.postMessage({ id, result: await elkLayout(elk, input) });
  } catch (err) {
    self.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
