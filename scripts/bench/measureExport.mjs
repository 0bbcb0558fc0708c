// Word export through the API (`deliverables:export`: snapshot, build in the export worker, files
// written atomically, history recorded), timed end to end with the server's peak memory; and
// pandoc converting the same content from Markdown, timed in the same run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { median, peakMemory, timed } from './bridge.mjs';

export const DELIVERABLES = ['interview', 'audit', 'benchmark', 'personas', 'plan', 'specification', 'strategy'];

export function pandocVersion() {
  const result = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.split('\n')[0] : null;
}

/** One export call; peak memory is the bridge process's high-water mark during it (the worker is a thread of it). */
export async function exportOnce(server, engagementId, kinds, folder) {
  const memory = peakMemory(server.pid);
  const reset = memory.reset();
  const before = memory.currentMb();
  const { ms, value } = await timed(() => server.call('deliverables:export', { engagementId, deliverables: kinds, folder }));
  return {
    ms,
    peakMb: reset ? memory.peakMb() : NaN,
    rssBeforeMb: before,
    bytes: value.files.reduce((sum, file) => sum + file.byteSize, 0),
  };
}

/** Each deliverable but the full report, which `measureFullReport` times on its own. */
export async function measureDeliverables(server, engagementId, folder) {
  const results = {};
  for (const kind of DELIVERABLES.filter((k) => k !== 'strategy')) results[kind] = await exportOnce(server, engagementId, [kind], folder);
  return results;
}

/** The full report `runs` times: median wall time, highest peak. */
export async function measureFullReport(server, engagementId, folder, runs) {
  const samples = [];
  for (let i = 0; i < runs; i += 1) samples.push(await exportOnce(server, engagementId, ['strategy'], folder));
  return {
    ms: median(samples.map((s) => s.ms)),
    peakMb: Math.max(...samples.map((s) => s.peakMb)),
    addedMb: Math.max(...samples.map((s) => s.peakMb - s.rssBeforeMb)),
    bytes: samples[0].bytes,
    runs: samples.map((s) => s.ms),
  };
}

export function measurePandoc(markdownFile, runs) {
  const folder = path.dirname(markdownFile);
  const target = path.join(folder, 'report-pandoc.docx');
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const result = spawnSync('pandoc', [markdownFile, '-f', 'markdown', '-o', target, '--resource-path', folder], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`pandoc failed: ${result.stderr}`);
    samples.push(performance.now() - started);
  }
  return { ms: median(samples), runs: samples, bytes: fs.statSync(target).size, markdownBytes: fs.statSync(markdownFile).size };
}
