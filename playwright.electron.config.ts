import { defineConfig } from '@playwright/test';

// The desktop smoke test: the built app (out/main/index.js) in a real Electron window.
// Separate from playwright.config.ts (browser mode against the loopback bridge) because it needs
// the Electron binary and a display; scripts/test-all.mjs runs it under xvfb-run when needed.
export default defineConfig({
  testDir: 'tests/electron',
  outputDir: 'test-results/electron',
  timeout: 60_000,
  workers: 1,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-results/electron-results.json' }]],
});
