import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;

export default defineConfig({
  // Main-side bundle: the Electron main process, and the same core run by plain
  // Node as the CLI (`cli`) and the browser mode's loopback server (`web`).
  main: {
    // React (charts drawn in the export worker) picks its build from NODE_ENV at load time: without
    // this the app's exports ran React's development build, about twice as slow.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          cli: resolve(root, 'electron/cli/index.ts'),
          web: resolve(root, 'electron/bridge/web.ts'),
          // Word export runs in a worker thread (charts need a DOM shim; the UI must not wait).
          exportWorker: resolve(root, 'electron/core/export/worker.ts'),
          // The search cache is filled off the main thread when a folder of engagements is listed.
          searchCacheWorker: resolve(root, 'electron/core/domain/search/searchCacheWorker.ts'),
        },
      },
    },
  },
  // A sandboxed preload cannot require packages or chunks: one self-contained CommonJS file.
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src'),
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: { input: resolve(root, 'src/index.html') },
    },
  },
});
