#!/usr/bin/env node
// Exports every deliverable of the demo engagement (FR and EN), converts each to PDF with
// LibreOffice headless, and fails on any error or an empty table of contents (pdftotext).
// Prints page counts and export times. Usage: node scripts/check-deliverables.mjs [OUT_DIR]
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = path.resolve(process.argv[2] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'orchestre-deliverables-')));
const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'orchestre-userdata-'));
const env = { ...process.env, ORCHESTRE_USER_DATA: userData, LANG: 'fr_FR.UTF-8' };
// The built CLI (with its bundled export worker) when present, the sources through tsx otherwise.
const built = path.join(root, 'out/main/cli.js');
const cli = fs.existsSync(built) && fs.existsSync(path.join(root, 'out/main/exportWorker.js'))
  ? [process.execPath, [built]]
  : [path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'electron/cli/index.ts')]];

function run(args) {
  const started = Date.now();
  const result = spawnSync(cli[0], [...cli[1], ...args], { cwd: root, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`orchestre ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return { stdout: result.stdout, ms: Date.now() - started };
}

let failures = 0;
let passed = 0;
fs.mkdirSync(out, { recursive: true });
run(['demo', out]);
const engagement = fs.readdirSync(out).find((f) => f.endsWith('.orchestre'));
if (!engagement) throw new Error('the demo command wrote no .orchestre file');
for (const lang of ['fr', 'en']) {
  const folder = path.join(out, lang);
  const { ms } = run(['export', path.join(out, engagement), '--deliverable', 'all', '--out', folder, '--lang', lang]);
  console.log(`export ${lang}: ${(ms / 1000).toFixed(1)} s (7 deliverables, including start-up)`);
  const profile = `file://${fs.mkdtempSync(path.join(os.tmpdir(), 'orchestre-lo-'))}`;
  for (const docx of fs.readdirSync(folder).filter((f) => f.endsWith('.docx')).sort()) {
    const file = path.join(folder, docx);
    const started = Date.now();
    try {
      execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, file], { stdio: 'pipe', timeout: 180_000 });
      const pdf = file.replace(/\.docx$/, '.pdf');
      if (!fs.existsSync(pdf)) throw new Error('LibreOffice wrote no PDF');
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      const toc = /(Sommaire|Contents)\s*\n([\s\S]*?)\f/.exec(text)?.[2] ?? '';
      const entries = toc.split('\n').filter((line) => /\.{4,}\s*\d+\s*$/.test(line)).length;
      if (entries === 0) throw new Error('empty table of contents (no entry with a page number)');
      console.log(`  ok  ${lang}  ${docx}  ${pages} pages, ${entries} TOC entries, ${(fs.statSync(file).size / 1024).toFixed(0)} KB, PDF in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      passed += 1;
    } catch (error) {
      failures += 1;
      console.log(`  FAIL ${lang}  ${docx}: ${error instanceof Error ? error.message : error}`);
    }
  }
}
console.log(`deliverables in ${out}`);
console.log(`${passed} passed, ${failures} failed`);
// Counts for the test runner (scripts/test-all.mjs reads them with countsReport).
fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
fs.writeFileSync(path.join(root, 'test-results', 'deliverables.json'), JSON.stringify({ passed, failed: failures }));
process.exit(failures ? 1 : 0);
