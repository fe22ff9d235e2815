import type { PathwayPack } from '../core/pack/schema.ts';
import type { Question } from '../core/quiz/question.ts';
import { PackIndex } from '../core/graph/pack-index.ts';

type Reply = { id: number; questions?: Question[]; error?: string };

let worker: Worker | undefined;
let next = 0;
const pending = new Map<number, { resolve: (q: Question[]) => void; reject: (e: Error) => void }>();

function questionsWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./questions.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<Reply>) => {
    const job = pending.get(event.data.id);
    pending.delete(event.data.id);
    if (event.data.questions) job?.resolve(event.data.questions);
    else job?.reject(new Error(event.data.error ?? 'the question generator stopped'));
  };
  worker.onerror = (event) => {
    for (const job of pending.values()) job.reject(new Error(event.message || 'the question generator stopped'));
    pending.clear();
    worker?.terminate();
    worker = undefined;
  };
  return worker;
}

/** A pack's question bank, built in a worker where there are workers (the app), in this thread elsewhere (Node tests). */
export async function buildQuestions(pack: PathwayPack): Promise<Question[]> {
  if (typeof Worker === 'undefined') {
    const { packQuestions } = await import('../core/quiz/generate.ts');
    return packQuestions(new PackIndex(pack));
  }
  const id = next++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    questionsWorker().postMessage({ id, pack });
  });
}
