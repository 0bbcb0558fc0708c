import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * The bundled `searchCacheWorker.js` beside the main bundle (declared as an
 * entry in electron.vite.config.mts; this module may sit one level down, in
 * `chunks/`), or searchCacheWorker.ts through tsx when running from sources.
 */
function workerEntry(): { file: string; fromSource: boolean } {
  const here = typeof __dirname === 'string' ? __dirname : path.dirname(new URL(import.meta.url).pathname);
  const bundled = [path.join(here, 'searchCacheWorker.js'), path.join(here, '..', 'searchCacheWorker.js')].find((f) => fs.existsSync(f));
  if (bundled) return { file: bundled, fromSource: false };
  const source = [path.join(here, 'searchCacheWorker.ts'), path.resolve(process.cwd(), 'electron/core/domain/search/searchCacheWorker.ts')].find((f) => fs.existsSync(f));
  if (!source) throw new Error('search cache worker not found');
  return { file: source, fromSource: true };
}

/** Brings the cache in step with these files in a worker thread; never rejects (a failure leaves the work to the next search). */
export function runCacheWorker(cacheFile: string, paths: string[]): Promise<void> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      const { file, fromSource } = workerEntry();
      worker = fromSource ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(file)});`, { eval: true }) : new Worker(file);
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
