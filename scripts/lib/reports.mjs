// Readers of the test runners' machine reports. Each returns { passed, failed, skipped } or
// throws when the report is missing or unreadable (the caller counts that as a failure).
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './proc.mjs';

function readJson(file) {
  return JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
}

/** vitest `--reporter=json --outputFile=FILE` (Jest-compatible shape). */
export function vitestReport(file) {
  return {
    file,
    read() {
      const r = readJson(file);
      return {
        passed: r.numPassedTests ?? 0,
        // a test file that fails to load has no failing test but a failing suite
        failed: (r.numFailedTests ?? 0) + (r.numFailedTests ? 0 : (r.numFailedTestSuites ?? 0)),
        skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
      };
    },
  };
}

/** Playwright's json reporter (`outputFile` in the config, or PLAYWRIGHT_JSON_OUTPUT_NAME). */
export function playwrightReport(file) {
  return {
    file,
    read() {
      const { stats = {}, errors = [] } = readJson(file);
      return {
        passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
        // errors outside any test (config, global setup, a spec that does not load)
        failed: (stats.unexpected ?? 0) + (stats.unexpected ? 0 : errors.length),
        skipped: stats.skipped ?? 0,
      };
    },
  };
}

/** node's test runner with `--test-reporter=tap --test-reporter-destination=FILE`. */
export function tapReport(file) {
  return {
    file,
    read() {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      const count = (key) => Number(text.match(new RegExp(`^# ${key} (\\d+)$`, 'm'))?.[1] ?? 0);
      return {
        passed: count('pass'),
        failed: count('fail') + count('cancelled'),
        skipped: count('skipped') + count('todo'),
      };
    },
  };
}

/** A home-made check that writes { "passed": N, "failed": N, "skipped": N } to FILE. */
export function countsReport(file) {
  return {
    file,
    read() {
      const r = readJson(file);
      return { passed: r.passed ?? 0, failed: r.failed ?? 0, skipped: r.skipped ?? 0 };
    },
  };
}
