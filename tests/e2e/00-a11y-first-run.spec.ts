import { test } from '@playwright/test';
import { applyVariant, auditScreen, VARIANTS } from './a11y/axeAudit';
import { HomePage } from './pages/HomePage';

/**
 * The first-run screen (no engagement yet) under axe, in both languages and both
 * themes. It runs first (files run in name order) and creates nothing, so
 * `01-first-launch-lifecycle` still finds the empty workspace.
 */
test('axe: the first-run screen in French and English, light and dark', async ({ page, request }) => {
  test.setTimeout(90_000);
  const home = new HomePage(page);
  for (const variant of VARIANTS) {
    await applyVariant(page, request, variant);
    // The launch URL differs from the current one by its fragment only: without a blank page in
    // between, goto would not reload and the new language would never be read.
    await page.goto('about:blank');
    await home.launch();
    await home.expectLoaded(variant.lang === 'fr' ? /Vos missions/ : /Your engagements/);
    test.skip((await home.recents.count()) > 0, 'the workspace already holds engagements: run the whole e2e suite from a fresh start');
    await auditScreen(page, test.info(), variant, 'home-first-run');
  }
  await applyVariant(page, request, { lang: 'fr', theme: 'light' });
});
