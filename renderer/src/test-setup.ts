// IndexedDB for store tests running in Node.
import 'fake-indexeddb/auto';
import fc from 'fast-check';

// Property tests are random but never unrepeatable: one seed per test file,
// printed after every property, and FC_SEED=<seed> replays a run exactly.
const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
const seed = env.FC_SEED ? Number(env.FC_SEED) : Math.floor(Math.random() * 2 ** 31);
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
fc.installGlobalPlugin(() => ({
  onAllRunsComplete: (run: fc.RunDetails<unknown>) =>
    console.log(`fast-check: ${run.numRuns} runs${run.failed ? ', FAILED' : ''}, seed ${run.seed} (replay with FC_SEED=${run.seed})`),
}));
