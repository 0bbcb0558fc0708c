#!/usr/bin/env node
// `npm test`: the README's "run every test" line, and what `.ci/run` calls.
// 1. installs what is missing: npm dependencies (`npm ci`), the Debian packages the suites need
//    (apt-get when root, otherwise prints the command), the Electron binary where downloadable;
// 2. builds (electron-vite build);
// 3. runs every suite in SUITES, in order, even after a failure;
// 4. prints one line per suite and closes with exactly `N passed, N failed, N skipped`
//    (the plain line CI reads), exiting non-zero on any failure.
// A suite without a report counts as one test (pass = exit 0), like typecheck and lint.
// Env: ORCHESTRE_QUICK=1 skips suites marked slow; ORCHESTRE_ONLY=name,name runs only those.
// Plain Node without dependencies: it runs before `npm ci`.
import fs from 'node:fs';
import path from 'node:path';
import { build } from './lib/build.mjs';
import { ensureNodeModules } from './lib/deps.mjs';
import { ensureElectronBinary, findElectronBinary } from './lib/electronBinary.mjs';
import { ROOT, hasCommand, runAsync } from './lib/proc.mjs';
import { countsReport, playwrightReport, vitestReport } from './lib/reports.mjs';
import { ensureSystemPackages } from './lib/systemPackages.mjs';

/** A suite marked `display` gets a virtual X display when there is none and a window can open. */
const withDisplay = (cmd) =>
  process.platform === 'linux' && !process.env.DISPLAY && hasCommand('xvfb-run') && findElectronBinary()
    ? ['xvfb-run', '--auto-servernum', '--server-args=-screen 0 1360x860x24', ...cmd]
    : cmd;

// One line per suite. `report` reads the runner's machine report (scripts/lib/reports.mjs:
// vitestReport, playwrightReport, tapReport, countsReport); `slow` suites are skipped under
// ORCHESTRE_QUICK=1; `display` runs under xvfb-run when needed; `needs` lists files that must
// exist; `timeoutMin` defaults to 25.
const SUITES = [
  { name: 'typecheck', cmd: ['npm', 'run', 'typecheck'] },
  { name: 'lint', cmd: ['npm', 'run', 'lint'] },
  {
    name: 'vitest',
    cmd: [
      'npx',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile=test-results/vitest-results.json',
    ],
    report: vitestReport('test-results/vitest-results.json'),
  },
  {
    name: 'e2e',
    cmd: ['npx', 'playwright', 'test'],
    needs: ['playwright.config.ts'], // without it Playwright would pick up every spec in the repo
    report: playwrightReport('test-results/e2e-results.json'),
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/e2e-results.json' }, // if the config names no file
  },
  {
    name: 'electron-smoke',
    cmd: ['npx', 'playwright', 'test', '--config', 'playwright.electron.config.ts'],
    display: true,
    report: playwrightReport('test-results/electron-results.json'),
  },
  // Every deliverable of the demo engagement, FR and EN, exported then converted by LibreOffice
  // (fails on a conversion error or a table of contents without page numbers).
  {
    name: 'deliverables',
    cmd: ['node', 'scripts/check-deliverables.mjs', 'test-results/deliverables'],
    report: countsReport('test-results/deliverables.json'),
  },
  // Electronegativity over electron/ and the built out/: fails on a HIGH or MEDIUM finding not
  // justified in docs/security/electronegativity-allowlist.json (installs itself in .ci/tools).
  {
    name: 'electronegativity',
    cmd: ['node', 'scripts/check-electronegativity.mjs'],
    report: countsReport('test-results/electronegativity.json'),
    timeoutMin: 10,
  },
];

const quick = process.env.ORCHESTRE_QUICK === '1';
const only = process.env.ORCHESTRE_ONLY?.split(',').map((s) => s.trim().toLowerCase());
const results = [];

function banner(text) {
  console.log(`\n━━ ${text} ${'━'.repeat(Math.max(3, 70 - text.length))}`);
}

function record(name, counts, note = '', seconds = 0) {
  results.push({ name, ...counts, note, seconds });
}

async function runSuite(suite) {
  if (quick && suite.slow) return record(suite.name, { passed: 0, failed: 0, skipped: 1 }, 'ORCHESTRE_QUICK=1');
  banner(suite.name);
  const missing = (suite.needs ?? []).filter((file) => !fs.existsSync(path.join(ROOT, file)));
  if (missing.length) return record(suite.name, { passed: 0, failed: 1, skipped: 0 }, `${missing.join(', ')} missing`);
  if (suite.report) fs.rmSync(path.join(ROOT, suite.report.file), { force: true });
  const started = Date.now();
  const [cmd, ...args] = suite.display ? withDisplay(suite.cmd) : suite.cmd;
  const { code, timedOut } = await runAsync(cmd, args, {
    timeoutMs: (suite.timeoutMin ?? 25) * 60_000,
    env: { ...process.env, ...suite.env },
  });
  const seconds = (Date.now() - started) / 1000;
  if (timedOut)
    return record(
      suite.name,
      { passed: 0, failed: 1, skipped: 0 },
      `timed out after ${suite.timeoutMin ?? 25} min`,
      seconds,
    );
  if (!suite.report) {
    return record(
      suite.name,
      code === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 },
      code === 0 ? '' : `exit ${code}`,
      seconds,
    );
  }
  let counts;
  try {
    counts = suite.report.read();
  } catch {
    return record(
      suite.name,
      { passed: 0, failed: 1, skipped: 0 },
      `exit ${code}, no report at ${suite.report.file}`,
      seconds,
    );
  }
  // A runner that fails without a failing test (bad config, unhandled error) still fails.
  if (code !== 0 && counts.failed === 0) return record(suite.name, { ...counts, failed: 1 }, `exit ${code}`, seconds);
  return record(suite.name, counts, code === 0 ? '' : `exit ${code}`, seconds);
}

function printSummary() {
  banner('summary');
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const r of results) {
    total.passed += r.passed;
    total.failed += r.failed;
    total.skipped += r.skipped;
    const status = r.failed ? 'FAIL' : r.passed ? 'ok' : 'skip';
    const time = r.seconds ? ` ${r.seconds.toFixed(1)} s` : '';
    // Not in the "N passed, N failed" shape on purpose: only the closing line must read that way.
    console.log(
      `  ${status.padEnd(4)} ${r.name.padEnd(16)} passed ${r.passed} · failed ${r.failed} · skipped ${r.skipped}${time}${r.note ? ` (${r.note})` : ''}`,
    );
  }
  console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  return total.failed === 0 && total.passed > 0;
}

async function main() {
  banner('set-up');
  if (!ensureNodeModules()) {
    record('npm ci', { passed: 0, failed: 1, skipped: 0 }, 'npm dependencies could not be installed');
    return printSummary();
  }
  ensureSystemPackages();
  const electron = ensureElectronBinary();
  console.log(
    electron
      ? `[orchestre] Electron binary: ${electron}`
      : '[orchestre] Electron binary not available: the desktop smoke test will skip',
  );

  banner('build');
  const started = Date.now();
  const buildCode = build();
  record(
    'build',
    buildCode === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 },
    buildCode === 0 ? '' : `exit ${buildCode}`,
    (Date.now() - started) / 1000,
  );

  for (const suite of SUITES) {
    if (only && !only.includes(suite.name.toLowerCase())) continue;
    await runSuite(suite);
  }
  return printSummary();
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    console.error(error);
    console.log('0 passed, 1 failed, 0 skipped');
    process.exit(1);
  },
);
