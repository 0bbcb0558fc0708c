import type { Worker } from 'node:worker_threads';
import { startWorker } from '../../workers/startWorker';

/** Brings the cache in step with these files in a worker thread; never rejects (a failure leaves the work to the next search). */
export function runCacheWorker(cacheFile: string, paths: string[]): Promise<void> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = startWorker('searchCacheWorker.js', 'domain/search/searchCacheWorker.ts');
    } catch {
      resolve();
      return;
    }
    const finish = () => {
      resolve();
      void worker.terminate();
    };
    worker.unref();
    worker.once('message', finish);
    worker.once('error', finish);
    worker.once('exit', finish);
    worker.postMessage({ cacheFile, paths });
  });
}
