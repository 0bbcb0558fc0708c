// Targets, the printed table and the JSON result with the machine's description.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './bridge.mjs';

export function machine() {
  const cpus = os.cpus();
  let commit;
  try {
    commit = execSync('git rev-parse --short HEAD', { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    commit = 'unknown';
  }
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} (${process.platform}/${process.arch})`,
    loadAverageAtStart: os.loadavg().map((n) => Math.round(n * 100) / 100),
    commit,
  };
}

const fmt = (value, unit) => {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  if (typeof value === 'string') return value;
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)}${unit ? ` ${unit}` : ''}`;
};

/**
 * Rows: { group, name, value, unit, target?: { text, pass(value) } }. A row without target is
 * information; a row whose value is missing is "NOT RUN" (with its reason in `value`).
 */
export function verdict(row) {
  if (!row.target) return '';
  if (typeof row.value !== 'number' || Number.isNaN(row.value)) return 'NOT RUN';
  return row.target.pass(row.value) ? 'PASS' : 'FAIL';
}

export function printTable(rows) {
  const cells = rows.map((row) => [row.group, row.name, fmt(row.value, row.unit), row.target?.text ?? '', verdict(row)]);
  const headers = ['', 'measure', 'value', 'target', 'result'];
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((text, i) => (i === 2 ? text.padStart(widths[i]) : text.padEnd(widths[i]))).join('  ').trimEnd();
  const out = [line(headers), widths.map((w) => '-'.repeat(w)).join('  ')];
  let group = '';
  for (const c of cells) {
    out.push(line([c[0] === group ? '' : c[0], ...c.slice(1)]));
    group = c[0];
  }
  const judged = rows.filter((r) => r.target);
  const passed = judged.filter((r) => verdict(r) === 'PASS').length;
  const failed = judged.filter((r) => verdict(r) === 'FAIL').length;
  out.push('', `${passed} targets met, ${failed} missed, ${judged.length - passed - failed} not run.`);
  return out.join('\n');
}

export function writeJson(result) {
  const folder = path.join(ROOT, 'bench', 'results');
  fs.mkdirSync(folder, { recursive: true });
  const stamp = new Date(result.startedAt).toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const file = path.join(folder, `bench-${stamp}.json`);
  const rows = result.rows.map((row) => ({ group: row.group, name: row.name, value: row.value, unit: row.unit ?? '', target: row.target?.text ?? null, result: verdict(row) || null }));
  fs.writeFileSync(file, `${JSON.stringify({ ...result, rows }, null, 2)}\n`);
  return file;
}
