// A worker thread's share of the articles (see processFilesInParallel): it raises 'started' once loaded, posts the
// outcomes, then raises 'done', whatever happens, so the thread waiting for it never waits forever.
import { workerData, type MessagePort } from 'node:worker_threads';
import { processFiles, type WorkerInput } from './articles';

const { dir, files, window, flags, port } = workerData as WorkerInput & { port: MessagePort };
Atomics.store(flags, 0, 1);
Atomics.notify(flags, 0);
try {
  port.postMessage({ outcomes: processFiles(dir, files, window, undefined, (done) => Atomics.store(flags, 2, done)) });
} catch (error) {
  port.postMessage({ error: (error as Error).message });
} finally {
  Atomics.store(flags, 1, 1);
  Atomics.notify(flags, 1);
}
