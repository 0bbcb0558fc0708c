// `npm run bench`: generates engagements of four sizes and a folder of 500, drives the production
// build through its loopback bridge and Chromium, prints every figure beside its target and writes
// the JSON under bench/results/. Options: --sizes S,M,L,XL  --keep (leave the generated files).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildIfStale } from '../lib/build.mjs';
import { ensureNodeModules } from '../lib/deps.mjs';
import { ensureSystemPackages } from '../lib/systemPackages.mjs';
import { ROOT, startServer } from './bridge.mjs';
import { generateEngagement, generateFolder, SIZES } from './generate.mjs';
import { writeEquivalentMarkdown } from './markdown.mjs';
import { measureCreate, measureDiskSync, measureEditors, measureFieldSaves, measureNoteCapture, measureOpen, measureTransport } from './measureApi.mjs';
import { measureDeliverables, measureFullReport, measurePandoc, pandocVersion } from './measureExport.mjs';
import { bundleSizes, chromiumAvailable, measureRenderer } from './measureRenderer.mjs';
import { measureWorkspace } from './measureWorkspace.mjs';
import { machine, printTable, writeJson } from './report.mjs';
import { targets } from './targets.mjs';

const FOLDER_SIZE = 500;
const { values } = parseArgs({ options: { sizes: { type: 'string', default: 'S,M,L,XL' }, keep: { type: 'boolean', default: false } } });
const sizes = values.sizes.split(',').map((s) => s.trim().toUpperCase()).filter((s) => s in SIZES);
const log = (text) => process.stdout.write(`[bench] ${text}\n`);
const cli = (...args) => {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'out', 'main', 'cli.js'), ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`orchestre ${args[0]} failed: ${result.stderr}`);
};

async function main() {
  const startedAt = Date.now();
  if (!ensureNodeModules() || !buildIfStale()) process.exit(1);
  ensureSystemPackages(['pandoc', 'chromium']);
  const pandoc = pandocVersion();
  if (!pandoc) log('pandoc is missing: the export comparison is skipped. Install it with: sudo apt-get install --no-install-recommends pandoc');
  if (!chromiumAvailable()) log('Chromium is missing: renderer timings are skipped. Install it with: sudo apt-get install --no-install-recommends chromium');

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'orchestre-bench-'));
  const steps = {};
  const results = { open: {}, editors: {}, exports: {}, pandoc: {} };
  // After each step, what is known so far: an interrupted run (Ctrl+C, a time limit) still leaves its figures.
  const partial = path.join(ROOT, 'bench', 'results', `bench-${new Date(startedAt).toISOString().replace(/[:.]/g, '-').slice(0, 19)}.json.tmp`);
  const step = async (name, run) => {
    const started = performance.now();
    log(`${name}…`);
    const value = await run();
    steps[name] = Math.round(performance.now() - started);
    fs.mkdirSync(path.dirname(partial), { recursive: true });
    fs.writeFileSync(partial, `${JSON.stringify({ startedAt, machine: machine(), steps, results }, null, 2)}\n`);
    return value;
  };
  const server = { stop: async () => {} };
  try {
    cli('demo', path.join(work, 'demo'));
    const demoFile = path.join(work, 'demo', fs.readdirSync(path.join(work, 'demo'))[0]);
    const engagements = {};
    fs.mkdirSync(path.join(work, 'engagements'));
    for (const size of sizes) {
      engagements[size] = await step(`generate ${size}`, () => generateEngagement(demoFile, path.join(work, 'engagements'), size));
    }
    const folder = await step(`generate ${FOLDER_SIZE} engagements`, () => generateFolder(demoFile, path.join(work, 'folder'), FOLDER_SIZE));
    const markdown = {};
    if (pandoc) {
      await step('equivalent Markdown', () => {
        for (const size of sizes) {
          const json = path.join(work, `${size}.json`);
          cli('export-json', engagements[size].file, '--out', json);
          markdown[size] = writeEquivalentMarkdown(JSON.parse(fs.readFileSync(json, 'utf8')), path.join(work, 'markdown', size));
        }
      });
    }

    Object.assign(server, await startServer(work));
    const methods = new Set();
    try {
      await server.call('search:all', {});
      methods.add('search:all');
    } catch (error) {
      if (!/UNKNOWN_METHOD/.test(String(error))) methods.add('search:all');
    }

    results.transport = await step('bridge round trip', () => measureTransport(server));
    results.diskSync = measureDiskSync(work);
    results.create = await step('engagement:create', () => measureCreate(server, path.join(work, 'created')));
    const out = path.join(work, 'exports');
    fs.mkdirSync(out, { recursive: true });
    for (const size of sizes) {
      results.open[size] = await step(`open ${size}`, () => measureOpen(server, engagements[size].file));
      const { engagementId } = await server.call('engagement:open', { path: engagements[size].file });
      engagements[size].engagementId = engagementId;
      results.editors[size] = await step(`editors ${size}`, () => measureEditors(server, engagementId));
    }
    const big = sizes.at(-1);
    results.bundle = bundleSizes();
    if (chromiumAvailable()) results.renderer = await step(`renderer (${big})`, () => measureRenderer(server, engagements[big].engagementId));
    results.saves = await step(`field saves (${big})`, () => measureFieldSaves(server, engagements[big].engagementId));
    results.notes = await step(`1,000 notes (${big})`, () => measureNoteCapture(server, engagements[big].engagementId));
    const reportSize = sizes.includes('L') ? 'L' : big;
    results.deliverables = await step(`each deliverable (${reportSize})`, () => measureDeliverables(server, engagements[reportSize].engagementId, out));
    for (const size of sizes) {
      // The full report of the target size twice (its median), the others once: exports dominate the run's time.
      const runs = size === reportSize ? 2 : 1;
      results.exports[size] = await step(`full report ${size}`, () => measureFullReport(server, engagements[size].engagementId, out, runs));
      if (pandoc) results.pandoc[size] = await step(`pandoc ${size}`, () => measurePandoc(markdown[size], runs));
    }
    results.workspace = await step(`${FOLDER_SIZE} engagements`, () => measureWorkspace(server, folder, methods));
    await server.stop();

    const rows = targets({ sizes, big, reportSize, engagements, results, pandoc });
    const finishedAt = Date.now();
    console.log(`\nOrchestre benchmark — ${new Date(startedAt).toISOString()} — ${((finishedAt - startedAt) / 1000).toFixed(0)} s\n`);
    const description = machine();
    console.log(`Machine: ${description.cpus} × ${description.cpuModel}, ${description.memoryGb} GB, ${description.os}, Node ${description.node}, load ${description.loadAverageAtStart.join(' ')}`);
    console.log(`Sizes: ${sizes.map((s) => `${s} ${engagements[s].counts.notes} notes / ${engagements[s].counts.actions} actions / ${engagements[s].counts.images} images`).join(' · ')}\n`);
    console.log(printTable(rows));
    const file = writeJson({ startedAt, finishedAt, machine: description, pandoc, sizes: Object.fromEntries(sizes.map((s) => [s, engagements[s].counts])), steps, results, rows });
    fs.rmSync(partial, { force: true });
    console.log(`\nJSON: ${path.relative(ROOT, file)}`);
    if (values.keep) console.log(`Generated files kept in ${work}`);
  } finally {
    await server.stop();
    if (!values.keep) fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`[bench] failed: ${error?.stack ?? error}`);
  process.exit(1);
});
