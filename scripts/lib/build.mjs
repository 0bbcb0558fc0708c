// Builds with electron-vite when out/ is missing or older than the sources.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, runSync } from './proc.mjs';

const OUTPUTS = [
  'out/main/index.js',
  'out/main/web.js',
  'out/main/cli.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
];
const SOURCES = [
  'electron',
  'src',
  'package.json',
  'package-lock.json',
  'electron.vite.config.mts',
  'tsconfig.base.json',
];

function newestMtime(entry) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file shows as a newer folder
  for (const name of fs.readdirSync(entry)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, name)));
  }
  return newest;
}

/** Why out/ needs a build, or null when it is up to date. */
export function buildStaleReason() {
  let oldestOutput = Infinity;
  for (const output of OUTPUTS) {
    const file = path.join(ROOT, output);
    if (!fs.existsSync(file)) return `${output} is missing`;
    oldestOutput = Math.min(oldestOutput, fs.statSync(file).mtimeMs);
  }
  const newestSource = Math.max(...SOURCES.map((s) => newestMtime(path.join(ROOT, s))));
  return newestSource > oldestOutput ? 'sources changed since the last build' : null;
}

/** Runs `electron-vite build`; returns its exit code. */
export function build() {
  return runSync('npx', ['electron-vite', 'build']);
}

/** Builds when needed. Returns false if a needed build failed. */
export function buildIfStale() {
  const reason = buildStaleReason();
  if (!reason) return true;
  console.log(`[orchestre] ${reason}: building (electron-vite build)`);
  const code = build();
  if (code !== 0) console.error(`[orchestre] build failed (exit ${code})`);
  return code === 0;
}
