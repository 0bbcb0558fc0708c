import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

const ROOT = path.resolve(__dirname, '../..');
/** Native and asset-loading packages stay outside the bundle, found in the repo's node_modules. */
const EXTERNAL = ['better-sqlite3', 'sharp', '@resvg/resvg-js', 'happy-dom', '@happy-dom/global-registrator'];

/**
 * The writer bundled once into plain CommonJS (esbuild, as tsx uses it): a
 * forked child then starts in a fraction of a second instead of compiling the
 * core through tsx each time, so a hundred kills fit in a few minutes. The
 * export worker is bundled beside it under the name the core looks for
 * (runWorker.ts), as in the built app. The folder sits under node_modules so
 * the external packages resolve; it is removed by the returned function.
 */
export function bundleCrashWriter(): { writer: string; addExportWorker(): void; dispose(): void } {
  const dir = path.join(ROOT, 'node_modules', '.cache', 'orchestre-crash', `${process.pid}-${Date.now()}`);
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: EXTERNAL,
    logLevel: 'error',
    sourcemap: 'inline',
  } as const;
  buildSync({ ...common, entryPoints: [path.join(__dirname, 'writer.ts')], outfile: path.join(dir, 'writer.js') });
  return {
    writer: path.join(dir, 'writer.js'),
    // Only the export runs need it, and it is the larger bundle (charts, DOM shim, docx).
    addExportWorker: () =>
      buildSync({
        ...common,
        entryPoints: [path.join(ROOT, 'electron/core/export/worker.ts')],
        outfile: path.join(dir, 'exportWorker.js'),
      }),
    dispose: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
