import fs from 'node:fs';
import path from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts one of the core's worker threads. In the build its code is an entry of its own beside
 * the main bundle (`bundledName`, declared in electron.vite.config.mts), found from here or from
 * the bundle's `chunks/` folder; from sources (tests, tsx) it is the TypeScript file under
 * electron/core (`sourceInCore`), compiled in the thread by tsx's require hook. Throws when neither exists.
 */
export function startWorker(bundledName: string, sourceInCore: string, options: WorkerOptions = {}): Worker {
  const here = typeof __dirname === 'string' ? __dirname : path.dirname(new URL(import.meta.url).pathname);
  const bundled = [path.join(here, bundledName), path.join(here, '..', bundledName)].find((file) => fs.existsSync(file));
  if (bundled) return new Worker(bundled, options);
  const source = [path.join(here, '..', sourceInCore), path.resolve(process.cwd(), 'electron/core', sourceInCore)].find((file) => fs.existsSync(file));
  if (!source) throw new Error(`worker not found: ${bundledName}`);
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(source)});`, { ...options, eval: true });
}
