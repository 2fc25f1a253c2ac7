// A worker thread's part of the articles (see processFilesInParallel): it raises 'started' before it claims any,
// posts the outcomes, then raises 'done', whatever happens, so the thread waiting for it never waits forever.
import { workerData, type MessagePort } from 'node:worker_threads';
import { processClaimed, type WorkerInput } from './articles';

const { dir, files, window, flags, port } = workerData as WorkerInput & { port: MessagePort };
Atomics.store(flags, 0, 1);
try {
  port.postMessage({ outcomes: processClaimed(dir, files, window, () => Atomics.add(flags, 2, 1)) });
} catch (error) {
  port.postMessage({ error: (error as Error).message });
} finally {
  Atomics.store(flags, 1, 1);
  Atomics.notify(flags, 1);
}
