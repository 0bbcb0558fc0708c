// The browser mode: the renderer and the API bridge served on 127.0.0.1 by out/main/web.js,
// which prints the URL (with its per-launch token) itself.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildIfStale } from './build.mjs';
import { ensureNodeModules } from './deps.mjs';
import { ROOT } from './proc.mjs';

/** Installs and builds if needed, then runs the web server in the foreground until it exits. */
export function runWebMode(args) {
  if (!ensureNodeModules() || !buildIfStale()) process.exit(1);
  const child = spawn(process.execPath, [path.join(ROOT, 'out', 'main', 'web.js'), ...args], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}
