/// <reference lib="webworker" />
// The question bank is built off the main thread: for a large pathway it
// takes a few hundred milliseconds, which would freeze the quiz as it opens.
import { PackIndex } from '../core/graph/pack-index.ts';
import { packQuestions } from '../core/quiz/generate.ts';
import type { PathwayPack } from '../core/pack/schema.ts';

self.onmessage = (event: MessageEvent<{ id: number; pack: PathwayPack }>) => {
  const { id, pack } = event.data;
  try {
    self.postMessage({ id, questions: packQuestions(new PackIndex(pack)) });
  } catch (err) {
    self.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
