#!/usr/bin/env node
// `npm start`: the README's "run the app" line, from a fresh clone.
// Installs npm dependencies if needed, builds if needed, then opens the desktop window.
// Where the Electron binary cannot be had (no route to its download host, a corporate proxy),
// it says so in one line and starts the browser mode instead, which prints its URL.
// Plain Node without dependencies: it runs before `npm ci`.
import { spawn } from 'node:child_process';
import { buildIfStale } from './lib/build.mjs';
import { ensureNodeModules } from './lib/deps.mjs';
import { ELECTRON_MISSING_REASON, ensureElectronBinary } from './lib/electronBinary.mjs';
import { ROOT } from './lib/proc.mjs';
import { runWebMode } from './lib/webMode.mjs';

const args = process.argv.slice(2);

if (!ensureNodeModules() || !buildIfStale()) process.exit(1);

const electronBinary = ensureElectronBinary();
if (electronBinary) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would start Electron as plain Node
  const child = spawn(electronBinary, ['.', ...args], { cwd: ROOT, stdio: 'inherit', env });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
} else {
  console.log(`[orchestre] ${ELECTRON_MISSING_REASON}: opening the browser mode instead.`);
  runWebMode(args);
}
