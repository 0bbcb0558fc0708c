// Debian packages the test suites need (see shared TOOLCHAIN.md), installed through apt-get
// when this process may (root), otherwise the exact command to run is printed.
import { spawnSync } from 'node:child_process';
import { hasCommand, runSync } from './proc.mjs';

export const TEST_PACKAGES = [
  'chromium', // Playwright's browser (never `npx playwright install`)
  'chromium-l10n', // French locale for Chromium: date fields read 27/06/2025, not 06/27/2025
  'libreoffice-writer-nogui', // .docx -> PDF
  'poppler-utils', // PDF -> PNG, pdftotext
  'fonts-liberation2', // Arial/Times metrics
  'fonts-crosextra-carlito', // Calibri metrics
  'python3-docx', // structural read-back of .docx (/usr/bin/python3)
  'sqlite3', // inspect engagement files
  'pandoc', // the Markdown → .docx comparison of `npm run bench`
  'xvfb', // a real window under a virtual display
  'xauth',
];

function missingPackages(names) {
  const out = spawnSync('dpkg-query', ['-W', '-f=${Package} ${Status}\\n', ...names], { encoding: 'utf8' });
  const installed = new Set(
    (out.stdout ?? '')
      .split('\n')
      .filter((line) => line.endsWith(' install ok installed'))
      .map((line) => line.split(' ')[0]),
  );
  return names.filter((name) => !installed.has(name));
}

/** Returns true when every package is present afterwards. */
export function ensureSystemPackages(names = TEST_PACKAGES) {
  if (process.platform !== 'linux' || !hasCommand('dpkg-query') || !hasCommand('apt-get')) {
    console.log(
      `[orchestre] not a Debian-like system: install these (or equivalents) for every suite to run: ${names.join(' ')}`,
    );
    return false;
  }
  const missing = missingPackages(names);
  if (missing.length === 0) return true;
  const install = ['install', '-y', '--no-install-recommends', ...missing];
  if (process.getuid?.() !== 0) {
    console.log('[orchestre] missing Debian packages for the tests; run:');
    console.log(`  sudo apt-get update && sudo apt-get ${install.join(' ')}`);
    return false;
  }
  console.log(`[orchestre] installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const ok = runSync('apt-get', ['update'], { env }) === 0 && runSync('apt-get', install, { env }) === 0;
  if (!ok) console.error('[orchestre] apt-get failed: the suites that need these packages will fail');
  return ok && missingPackages(missing).length === 0;
}
