import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page, type TestInfo } from '@playwright/test';
import { E2E_TOKEN } from '../support';

export type Lang = 'fr' | 'en';
export type Theme = 'light' | 'dark';
export interface Variant {
  lang: Lang;
  theme: Theme;
}

/** Both languages in both themes: the four ways a consultant may see a screen. */
export const VARIANTS: readonly Variant[] = [
  { lang: 'fr', theme: 'light' },
  { lang: 'fr', theme: 'dark' },
  { lang: 'en', theme: 'light' },
  { lang: 'en', theme: 'dark' },
];

export const variantName = (v: Variant): string => `${v.lang}-${v.theme}`;

const IMPACTS = ['critical', 'serious', 'moderate', 'minor'] as const;
type Impact = (typeof IMPACTS)[number];
type Counts = Record<Impact, number>;

interface ScreenResult {
  scope: string;
  ms: number;
  counts: Counts;
  violations: { id: string; impact: string; help: string; nodes: number; targets: string[] }[];
}

const SUMMARY_FILE = path.join('test-results', 'axe-summary.json');
// WCAG 2.1 A and AA: what « 0 serious or critical » is measured against.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The UI language is a workspace setting (the home screen's switch calls the same
 * method); the theme follows the OS, which Playwright emulates. The caller reloads.
 */
export async function applyVariant(page: Page, request: APIRequestContext, variant: Variant): Promise<void> {
  const response = await request.post('/api/workspace%3AsetLanguage', {
    // A fresh connection each time: the variants come ~5 s apart, just when the server drops an
    // idle keep-alive socket, and a reused one then fails with ECONNRESET.
    headers: { Authorization: `Bearer ${E2E_TOKEN}`, Connection: 'close' },
    data: { lang: variant.lang },
  });
  expect(response.ok()).toBe(true);
  await page.emulateMedia({ colorScheme: variant.theme, reducedMotion: 'reduce' });
}

/**
 * Runs axe on what the page shows now (or on `scope` only: a tab's panel or a dialog,
 * when the rest of the page was audited just before), keeps a screenshot, records the
 * counts in test-results/axe-summary.json.
 */
export async function auditScreen(page: Page, testInfo: TestInfo, variant: Variant, screen: string, scope?: string): Promise<ScreenResult> {
  const shot = path.join('test-results', 'screens', variantName(variant), `${screen}.png`);
  await page.screenshot({ path: shot });
  const started = Date.now();
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  const results = await (scope ? builder.include(scope) : builder).analyze();
  const counts: Counts = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const violation of results.violations) {
    const impact = (violation.impact ?? 'minor') as Impact;
    counts[impact] += violation.nodes.length;
  }
  const result: ScreenResult = {
    scope: scope ?? 'page',
    ms: Date.now() - started,
    counts,
    violations: results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'minor',
      help: v.help,
      nodes: v.nodes.length,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    })),
  };
  record(variant, screen, result);
  const blocking = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect.soft(blocking, `${variantName(variant)} ${screen}: serious or critical axe violations`).toEqual([]);
  await testInfo.attach(`axe-${variantName(variant)}-${screen}`, { body: JSON.stringify(result, null, 2), contentType: 'application/json' });
  return result;
}

/** Merges one screen's result into the summary file (tests run one at a time, in one worker). */
function record(variant: Variant, screen: string, result: ScreenResult): void {
  // A summary left by an earlier run (another temp root) starts over.
  const run = process.env.ORCHESTRE_E2E_ROOT ?? '';
  const previous = fs.existsSync(SUMMARY_FILE) ? (JSON.parse(fs.readFileSync(SUMMARY_FILE, 'utf8')) as Summary) : undefined;
  const summary: Summary = previous?.run === run ? previous : { run, screens: {} };
  summary.screens[screen] ??= {};
  summary.screens[screen][variantName(variant)] = result;
  summary.totals = totals(summary);
  fs.mkdirSync(path.dirname(SUMMARY_FILE), { recursive: true });
  fs.writeFileSync(SUMMARY_FILE, JSON.stringify(summary, null, 2));
}

interface Summary {
  run: string;
  screens: Record<string, Record<string, ScreenResult>>;
  totals?: Counts & { screens: number; audits: number };
}

function totals(summary: Summary): Counts & { screens: number; audits: number } {
  const sum = { critical: 0, serious: 0, moderate: 0, minor: 0, screens: 0, audits: 0 };
  for (const variants of Object.values(summary.screens)) {
    sum.screens += 1;
    for (const r of Object.values(variants)) {
      sum.audits += 1;
      for (const impact of IMPACTS) sum[impact] += r.counts[impact];
    }
  }
  return sum;
}

/** One line per screen: the counts by severity in each variant (printed at the end of the spec). */
export function printSummary(): void {
  if (!fs.existsSync(SUMMARY_FILE)) return;
  const summary = JSON.parse(fs.readFileSync(SUMMARY_FILE, 'utf8')) as Summary;
  const lines = Object.entries(summary.screens).map(([screen, variants]) => {
    const cells = Object.entries(variants).map(([name, r]) => `${name} ${r.counts.critical}/${r.counts.serious}/${r.counts.moderate}/${r.counts.minor}`);
    return `${screen.padEnd(28)} ${cells.join('  ')}`;
  });
  const t = summary.totals;
  console.log(
    [`axe (critical/serious/moderate/minor nodes):`, ...lines, t ? `total: ${t.audits} audits of ${t.screens} screens — critical ${t.critical}, serious ${t.serious}, moderate ${t.moderate}, minor ${t.minor}` : ''].join('\n'),
  );
}
