// Finds the Electron binary without `require('electron')`: that getter starts a download and
// throws "Electron failed to install correctly" where the download host cannot be reached.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './proc.mjs';

const electronDir = path.join(ROOT, 'node_modules', 'electron');

/** Absolute path of a usable Electron executable, or null. Same lookup as electron/index.js. */
export function findElectronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? path.join(override, relative || 'electron')
    : relative
      ? path.join(electronDir, 'dist', relative)
      : null;
  return candidate && fs.existsSync(candidate) ? candidate : null;
}

/**
 * Electron 45 downloads its binary on first use. Try that once, quietly and with a time limit
 * (behind a proxy a download can hang rather than fail). Returns the binary path or null.
 * ORCHESTRE_SKIP_ELECTRON_DOWNLOAD=1 skips the attempt.
 */
export function ensureElectronBinary({ timeoutMs = 180_000 } = {}) {
  const found = findElectronBinary();
  if (found || process.env.ORCHESTRE_SKIP_ELECTRON_DOWNLOAD === '1') return found;
  const installer = path.join(electronDir, 'install.js');
  if (!fs.existsSync(installer)) return null;
  spawnSync(process.execPath, [installer], { cwd: electronDir, stdio: 'ignore', timeout: timeoutMs });
  return findElectronBinary();
}

export const ELECTRON_MISSING_REASON =
  'Electron binary not installed and not downloadable here (offline machine or corporate proxy)';
