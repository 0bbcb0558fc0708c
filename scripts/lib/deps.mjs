// Is node_modules in step with package-lock.json? If not, `npm ci`.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, runSync } from './proc.mjs';

const lockFile = path.join(ROOT, 'package-lock.json');
// npm writes this "hidden lockfile" at the end of every install: it describes what is on disk.
const installedLock = path.join(ROOT, 'node_modules', '.package-lock.json');

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Why node_modules needs `npm ci`, or null when it is up to date. */
export function nodeModulesStaleReason() {
  if (!fs.existsSync(installedLock)) return 'node_modules is missing';
  if (fs.statSync(installedLock).mtimeMs >= fs.statSync(lockFile).mtimeMs) return null;
  // The lockfile is newer (a pull, a checkout): compare contents before paying for a reinstall,
  // so a touched but unchanged lockfile does not wipe node_modules.
  const wanted = readJson(lockFile)?.packages ?? {};
  const have = readJson(installedLock)?.packages ?? {};
  for (const [key, entry] of Object.entries(wanted)) {
    if (key === '' || entry.optional || entry.devOptional) continue;
    if (have[key]?.version !== entry.version)
      return `package-lock.json changed (${key.replace(/^node_modules\//, '')})`;
  }
  return null;
}

/** Runs `npm ci` when node_modules is missing or stale. Returns false if the install failed. */
export function ensureNodeModules() {
  const reason = nodeModulesStaleReason();
  if (!reason) return true;
  console.log(`[orchestre] ${reason}: running npm ci (builds better-sqlite3 from source, about 2 minutes)`);
  const code = runSync('npm', ['ci', '--no-audit', '--no-fund']);
  if (code !== 0) console.error(`[orchestre] npm ci failed (exit ${code})`);
  return code === 0;
}
