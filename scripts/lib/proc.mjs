// Small process helpers shared by start.mjs, web.mjs and test-all.mjs.
// Plain Node, no dependencies: these scripts must run on a fresh clone before `npm ci`.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
const isWindows = process.platform === 'win32';

/** npm/npx are .cmd shims on Windows. */
export function bin(name) {
  return isWindows && (name === 'npm' || name === 'npx') ? `${name}.cmd` : name;
}

/** Runs a command to completion with inherited output; returns its exit code (never throws). */
export function runSync(cmd, args, options = {}) {
  const result = spawnSync(bin(cmd), args, {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    shell: isWindows,
    ...options,
  });
  if (result.error) {
    console.error(`[orchestre] could not run ${cmd}: ${result.error.message}`);
    return 127;
  }
  return result.status ?? 1;
}

/**
 * Runs a command with inherited output and a time limit; resolves to { code, timedOut }.
 * The child gets its own process group so a timeout ends its children too (vitest forks,
 * browsers started by Playwright).
 */
export function runAsync(cmd, args, { timeoutMs = 0, env, stdin = 'ignore' } = {}) {
  return new Promise((resolve) => {
    const child = spawn(bin(cmd), args, {
      cwd: ROOT,
      stdio: [stdin, 'inherit', 'inherit'],
      env: env ?? process.env,
      detached: !isWindows,
      shell: isWindows,
    });
    let timedOut = false;
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true;
            killTree(child);
          }, timeoutMs)
        : null;
    child.on('error', (error) => {
      console.error(`[orchestre] could not run ${cmd}: ${error.message}`);
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      // A test that fails before cleaning up can leave a helper process behind (a file holder,
      // a web server on a fixed port): end whatever is left in the suite's process group.
      killTree(child, 'SIGKILL');
      resolve({ code: code ?? (signal ? 128 : 1), timedOut });
    });
  });
}

/** Ends a child started by runAsync, with its process group. */
export function killTree(child, signal = 'SIGTERM') {
  try {
    if (isWindows) child.kill(signal);
    else process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** True when `cmd` is on PATH. */
export function hasCommand(cmd) {
  const probe = spawnSync(isWindows ? 'where' : 'sh', isWindows ? [cmd] : ['-c', `command -v "${cmd}"`], {
    stdio: 'ignore',
  });
  return probe.status === 0;
}
