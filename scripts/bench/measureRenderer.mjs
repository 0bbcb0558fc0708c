// The renderer: what the first screen downloads (gzip), and, in Debian's Chromium through
// Playwright, when the home screen and the XL engagement's action table are ready (performance
// marks set by the renderer, src/app/perf/useReadyMark.ts), plus long tasks while the table scrolls.
/* global document, requestAnimationFrame -- page.evaluate callbacks run in the browser */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { median, ROOT } from './bridge.mjs';

const RENDERER = path.join(ROOT, 'out', 'renderer');
const CHROMIUM = process.env.ORCHESTRE_CHROMIUM ?? '/usr/bin/chromium';
const RUNS = 3;
const MARKS = { home: 'orchestre:home-ready', actionTable: 'orchestre:action-table-ready' };
const TOKEN_KEY = 'orchestre.bridgeToken';

const gzipSize = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

/** index.html's scripts, preloaded modules and stylesheets: what the first screen needs before it can paint. */
export function bundleSizes() {
  const html = fs.readFileSync(path.join(RENDERER, 'index.html'), 'utf8');
  const firstScreen = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => path.join(RENDERER, m[1]));
  const all = fs.readdirSync(path.join(RENDERER, 'assets')).filter((f) => /\.(js|css)$/.test(f)).map((f) => path.join(RENDERER, 'assets', f));
  const sum = (files, size) => files.reduce((total, file) => total + size(file), 0);
  return {
    firstScreenFiles: firstScreen.map((file) => path.basename(file)),
    firstScreenGzipKb: sum(firstScreen, gzipSize) / 1024,
    firstScreenRawKb: sum(firstScreen, (f) => fs.statSync(f).size) / 1024,
    allGzipKb: sum(all, gzipSize) / 1024,
    chunks: all.length,
  };
}

export function chromiumAvailable() {
  return fs.existsSync(CHROMIUM);
}

async function launch() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A fresh context (cold cache, as at app start) with the launch token already handed over. */
async function freshPage(browser, token) {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 }, locale: 'fr-FR' });
  await context.addInitScript(([key, value]) => sessionStorage.setItem(key, value), [TOKEN_KEY, token]);
  return { context, page: await context.newPage() };
}

async function markTime(page, name) {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark, 'mark').length > 0, name, { timeout: 30_000 });
  return page.evaluate((mark) => performance.getEntriesByName(mark, 'mark')[0].startTime, name);
}

/** Scrolls the table to the bottom in steps of one screen per frame; collects long tasks meanwhile. */
async function scrollLongTasks(page) {
  return page.evaluate(async () => {
    const tasks = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
    observer.observe({ type: 'longtask' });
    const scroller = document.querySelector('[data-testid="action-table"]');
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const started = performance.now();
    let steps = 0;
    while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1 && steps < 400) {
      scroller.scrollTop += scroller.clientHeight;
      steps += 1;
      await frame();
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    observer.disconnect();
    return { steps, ms: performance.now() - started, longTasks: tasks.length, longestMs: tasks.length ? Math.max(...tasks) : 0 };
  });
}

export async function measureRenderer(server, xlEngagementId) {
  const browser = await launch();
  try {
    const home = [];
    for (let i = 0; i < RUNS; i += 1) {
      const { context, page } = await freshPage(browser, server.token);
      await page.goto(`${server.url}/#/`);
      home.push(await markTime(page, MARKS.home));
      await context.close();
    }
    const table = [];
    let scroll = null;
    for (let i = 0; i < RUNS; i += 1) {
      const { context, page } = await freshPage(browser, server.token);
      await page.goto(`${server.url}/#/e/${encodeURIComponent(xlEngagementId)}/plan`);
      table.push(await markTime(page, MARKS.actionTable));
      if (i === RUNS - 1) {
        scroll = await scrollLongTasks(page);
        scroll.rows = await page.evaluate(() => document.querySelector('[data-testid="action-table"] table')?.getAttribute('aria-rowcount'));
      }
      await context.close();
    }
    return { homeReadyMs: median(home), homeRuns: home, actionTableReadyMs: median(table), actionTableRuns: table, scroll, browser: `Chromium ${browser.version()}` };
  } finally {
    await browser.close();
  }
}
