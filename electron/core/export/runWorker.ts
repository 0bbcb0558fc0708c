import type { DeliverableKind } from '../../../src/shared/model/deliverables';
import { startWorker } from '../workers/startWorker';
import type { BuildProgress, BuildRequest } from './buildAll';
import type { WorkerMessage } from './worker';

/** Runs one build in a fresh worker and ends it afterwards (happy-dom and sharp memory go with it). */
export function runExportWorker(request: BuildRequest, onProgress: BuildProgress): Promise<{ kind: DeliverableKind; data: Buffer }[]> {
  return new Promise((resolve, reject) => {
    const worker = startWorker('exportWorker.js', 'export/worker.ts', { resourceLimits: { maxOldGenerationSizeMb: 2048 } });
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
