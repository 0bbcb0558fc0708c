import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DeliverableKind } from '../../../src/shared/model/deliverables';
import type { BuildProgress, BuildRequest } from './buildAll';
import type { WorkerMessage } from './worker';

/**
 * Where the worker's code is: the bundled `exportWorker.js` beside the main bundle
 * (electron.vite.config.mts declares it as an entry) — this module itself may sit one level
 * down, in the bundle's shared `chunks/` folder — or, when running from sources (tests,
 * `tsx`), worker.ts loaded through tsx.
 */
function workerEntry(): { file: string; fromSource: boolean } {
  const here = typeof __dirname === 'string' ? __dirname : path.dirname(new URL(import.meta.url).pathname);
  const bundled = [path.join(here, 'exportWorker.js'), path.join(here, '..', 'exportWorker.js')].find((f) => fs.existsSync(f));
  if (bundled) return { file: bundled, fromSource: false };
  const source = [path.join(here, 'worker.ts'), path.resolve(process.cwd(), 'electron/core/export/worker.ts')].find((f) => fs.existsSync(f));
  if (!source) throw new Error('export worker not found');
  return { file: source, fromSource: true };
}

/** Runs one build in a fresh worker and ends it afterwards (happy-dom and sharp memory go with it). */
export function runExportWorker(request: BuildRequest, onProgress: BuildProgress): Promise<{ kind: DeliverableKind; data: Buffer }[]> {
  const { file, fromSource } = workerEntry();
  return new Promise((resolve, reject) => {
    const limits = { resourceLimits: { maxOldGenerationSizeMb: 2048 } };
    // From sources, tsx's require hook compiles worker.ts inside the worker thread.
    const worker = fromSource
      ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(file)});`, { eval: true, ...limits })
      : new Worker(file, limits);
    let settled = false;
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      action();
      void worker.terminate();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress(message.progress, message.step);
      else if (message.type === 'done') finish(() => resolve(message.files.map((f) => ({ kind: f.kind as DeliverableKind, data: Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength) }))));
      else finish(() => reject(new Error(`export worker failed: ${message.message}`)));
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) => finish(() => reject(new Error(`export worker exited with code ${code}`))));
    worker.postMessage(request);
  });
}
