import { parentPort } from 'node:worker_threads';
import { buildAll, type BuildRequest } from './buildAll';

/**
 * The export worker: charts (happy-dom + React + resvg), images (sharp) and Word files
 * are built here, off the main thread, so the window never freezes and the DOM globals
 * happy-dom installs never reach the main process. It receives a snapshot, never a database.
 */
export type WorkerMessage =
  | { type: 'progress'; progress: number; step: string }
  | { type: 'done'; files: { kind: string; data: Uint8Array }[] }
  | { type: 'error'; message: string };

parentPort?.once('message', (request: BuildRequest) => {
  const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(message, transfer);
  buildAll(request, (progress, step) => post({ type: 'progress', progress, step }))
    .then((files) => {
      const out = files.map((f) => ({ kind: f.kind, data: new Uint8Array(f.data.buffer, f.data.byteOffset, f.data.byteLength) }));
      post({ type: 'done', files: out });
    })
    .catch((error: unknown) => post({ type: 'error', message: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) }));
});
