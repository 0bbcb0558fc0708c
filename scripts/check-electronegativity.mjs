#!/usr/bin/env node
// Electronegativity (Doyensec's Electron security scanner) over electron/ (the sources) and out/
// (the built bundles), as a suite of `npm test`. The tool exits 0 even with findings, so this script
// reads its CSV report and fails on any HIGH or MEDIUM finding that docs/security/
// electronegativity-allowlist.json does not justify. Writes test-results/electronegativity.json
// ({ passed, failed, skipped } plus the findings) for scripts/test-all.mjs.
// The tool lives in .ci/tools with its own lockfile: it pins old TypeScript and eslint that must not
// mix with the app's dependencies. On a clean clone this script installs it (`npm ci` there).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { invalidEntries, parseFindings, review } from './lib/electronegativityFindings.mjs';
import { ROOT, runSync } from './lib/proc.mjs';

const TOOLS = path.join(ROOT, '.ci', 'tools');
const BIN = path.join(TOOLS, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
const ALLOWLIST = path.join(ROOT, 'docs', 'security', 'electronegativity-allowlist.json');
const REPORT = path.join(ROOT, 'test-results', 'electronegativity.json');
const ELECTRON_VERSION = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;
/**
 * Left out: AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK downloads Electron's release list from GitHub,
 * so its answer depends on the network and changes with every Electron release, not with our
 * code. Electron updates are a release-checklist item instead (docs/security.md).
 */
// (the tool names checks by class name here, AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK in its reports)
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
/** What is scanned: the sources, and what actually ships (built first by `npm test`). */
const TARGETS = { electron: path.join(ROOT, 'electron'), out: path.join(ROOT, 'out') };

function installedVersion() {
  try {
    return JSON.parse(
      fs.readFileSync(path.join(TOOLS, 'node_modules', '@doyensec', 'electronegativity', 'package.json'), 'utf8'),
    ).version;
  } catch {
    return null;
  }
}

function ensureTool() {
  const wanted = JSON.parse(fs.readFileSync(path.join(TOOLS, 'package.json'), 'utf8')).dependencies[
    '@doyensec/electronegativity'
  ];
  if (installedVersion() === wanted && fs.existsSync(BIN)) return true;
  console.log(`[electronegativity] installing @doyensec/electronegativity ${wanted} in .ci/tools (npm ci)`);
  const code = runSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: TOOLS });
  return code === 0 && installedVersion() === wanted;
}

function writeReport(report) {
  fs.mkdirSync(path.dirname(REPORT), { recursive: true });
  fs.writeFileSync(REPORT, `${JSON.stringify(report, null, 2)}\n`);
}

function fail(message) {
  console.error(`[electronegativity] ${message}`);
  writeReport({ passed: 0, failed: 1, skipped: 0, error: message });
  process.exit(1);
}

if (!ensureTool()) fail('could not install the tool in .ci/tools');
if (!fs.existsSync(path.join(TARGETS.out, 'main', 'index.js')))
  fail('out/ is not built: run `npx electron-vite build` first');

const allowlist = JSON.parse(fs.readFileSync(ALLOWLIST, 'utf8'));
const invalid = invalidEntries(allowlist);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'orchestre-electronegativity-'));
const findingsByTarget = {};
for (const [name, input] of Object.entries(TARGETS)) {
  const csv = path.join(work, `${name}.csv`);
  // -r: file names relative to the input folder (stable across machines); -v false: no prose.
  const code = runSync(
    process.execPath,
    [BIN, '-i', input, '-o', csv, '-e', ELECTRON_VERSION, '-x', EXCLUDED_CHECKS.join(','), '-r', '-v', 'false'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (code !== 0 || !fs.existsSync(csv)) fail(`the scan of ${name}/ did not finish (exit ${code})`);
  findingsByTarget[name] = parseFindings(fs.readFileSync(csv, 'utf8'));
}
fs.rmSync(work, { recursive: true, force: true });

const { justified, unjustified, stale } = review(findingsByTarget, allowlist);
for (const [name, findings] of Object.entries(findingsByTarget)) {
  console.log(`[electronegativity] ${name}/: ${findings.length} finding(s)`);
}
for (const { target, finding } of justified) {
  console.log(
    `  justified  ${finding.severity.padEnd(6)} ${finding.check} ${target}/${finding.file}:${finding.location}`,
  );
}
for (const { target, finding } of unjustified) {
  console.log(
    `  UNJUSTIFIED ${finding.severity.padEnd(6)} ${finding.check} ${target}/${finding.file}:${finding.location}  ${finding.sample}`,
  );
}
for (const entry of stale)
  console.log(`  note: allow-list entry matches nothing now: ${entry.check} ${entry.target}/${entry.file}`);
for (const entry of invalid)
  console.log(
    `  INVALID allow-list entry (fields or a justification of 40+ characters missing): ${JSON.stringify(entry)}`,
  );

// One test per scanned target (passes when nothing there is unjustified), plus one failure per
// unjustified finding and per invalid allow-list entry.
const cleanTargets = Object.keys(TARGETS).filter((name) => !unjustified.some((item) => item.target === name)).length;
const failed = unjustified.length + invalid.length;
writeReport({
  passed: cleanTargets,
  failed,
  skipped: 0,
  electronVersion: ELECTRON_VERSION,
  justified,
  unjustified,
  stale,
  findings: findingsByTarget,
});
console.log(
  `[electronegativity] ${justified.length} justified, ${unjustified.length} unjustified HIGH/MEDIUM finding(s)`,
);
process.exit(failed ? 1 : 0);
