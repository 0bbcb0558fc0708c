import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests against the browser mode: the real loopback bridge (same token
 * check, same CSP) serving the built renderer. Run `npm run build` first.
 *
 * App data and the engagements folder are a fresh temp folder per run. The config
 * is evaluated again in each worker; the env var keeps one folder for the run.
 */
// ORCHESTRE_E2E_PORT lets two runs share a machine (the default is the documented 4873).
const PORT = Number(process.env.ORCHESTRE_E2E_PORT ?? 4873);
const TOKEN = 'e2e-token';
process.env.ORCHESTRE_E2E_ROOT ??= fs.mkdtempSync(path.join(os.tmpdir(), 'orchestre-e2e-'));
const e2eRoot = process.env.ORCHESTRE_E2E_ROOT;
const userData = path.join(e2eRoot, 'user-data');
const documents = path.join(e2eRoot, 'documents');
fs.mkdirSync(userData, { recursive: true });
fs.mkdirSync(documents, { recursive: true });

function definedEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e-artifacts',
  // One server, one workspace: files run in name order so recents are predictable;
  // `01-first-launch-lifecycle` runs first because it checks the empty first-launch screen.
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  // No retry: a failure is a failure. (The keyboard kanban move that used to miss under
  // load now waits for the board's drag state, see tests/e2e/pages/KanbanBoard.ts.)
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    headless: true,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1360, height: 860 },
    screenshot: 'on',
    trace: 'retain-on-failure',
    // A French desktop: on Linux Chromium takes its own locale (date pickers) from
    // LANGUAGE; the French strings come from the chromium-l10n package.
    launchOptions: {
      env: { ...definedEnv(), LANGUAGE: 'fr', LANG: 'fr_FR.UTF-8' },
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--lang=fr-FR',
      ],
    },
  },
  webServer: {
    command: `node out/main/web.js --port ${PORT} --token ${TOKEN}`,
    url: `http://127.0.0.1:${PORT}/healthz`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { ORCHESTRE_USER_DATA: userData, ORCHESTRE_DOCUMENTS: documents },
  },
  metadata: { token: TOKEN, documents },
});
