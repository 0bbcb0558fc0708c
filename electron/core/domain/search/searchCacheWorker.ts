import { parentPort } from 'node:worker_threads';
import { SearchCache } from './searchCache';

/**
 * Fills the search cache off the main thread: the app's process keeps serving
 * the window while hundreds of engagement files are read. One request, one
 * transaction (the cache is in WAL mode: the main thread reads meanwhile).
 */
parentPort?.on('message', (request: { cacheFile: string; paths: string[] }) => {
  const cache = new SearchCache(request.cacheFile);
  try {
    cache.update(request.paths);
    parentPort?.postMessage({ ok: true });
  } catch (error) {
    parentPort?.postMessage({ ok: false, message: String(error) });
  } finally {
    cache.close();
  }
});
