import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { applyVariant, auditScreen, printSummary, VARIANTS, variantName, type Variant } from './a11y/axeAudit';
import { HomePage } from './pages/HomePage';
import { OpenDialog } from './pages/OpenDialog';
import { documentsFolder } from './support';

/**
 * axe-core on every screen of the app (home, each section of the demo engagement and
 * each of its tabs, the dialogs that matter), in French and English, light and dark:
 * no serious or critical violation. Each screen is also kept as a screenshot under
 * test-results/screens/<lang>-<theme>/, and the counts go to test-results/axe-summary.json.
 */

/** Waits until the section or tab has drawn its content (no loading status left). */
async function settled(page: Page): Promise<void> {
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.ui-loading')).toHaveCount(0);
}

async function auditDialog(page: Page, variant: Variant, screen: string, opener: Locator): Promise<void> {
  await opener.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(page.locator('.ui-loading')).toHaveCount(0);
  await auditScreen(page, test.info(), variant, screen, 'dialog[open]');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

const either = (fr: string, en: string) => new RegExp(`^(${fr}|${en})$`);

for (const variant of VARIANTS) {
  test(`axe: every screen in ${variantName(variant)}`, async ({ page, request }) => {
    // 30-odd axe runs: 3.3 min measured with a load average of 20 on 2 cores; the margin is for such a runner.
    test.setTimeout(360_000);
    await applyVariant(page, request, variant);
    const home = new HomePage(page);
    await home.launch();
    // The language arrives with the workspace settings: wait for it, or the shot shows the other one.
    await home.expectLoaded(variant.lang === 'fr' ? /Vos missions/ : /Your engagements/);
    await auditScreen(page, test.info(), variant, 'home');
    await auditDialog(page, variant, 'home-new-engagement', home.newEngagementButton);
    await auditDialog(page, variant, 'home-backups', page.getByRole('button', { name: either('Sauvegardes…', 'Backups…') }));

    // The demo engagement, opened through « Ouvrir… » (audited on the way).
    const folder = path.join(documentsFolder(), `axe-${variantName(variant)}`);
    fs.mkdirSync(folder, { recursive: true });
    const file = execFileSync(process.execPath, [path.resolve('bin/orchestre.js'), 'demo', folder], { encoding: 'utf8' }).trim();
    await home.openButton.click();
    const open = new OpenDialog(page);
    await open.expectOpen();
    await auditScreen(page, test.info(), variant, 'home-open', 'dialog[open]');
    await open.openPath(file);
    await expect(page.getByTestId('engagement-client')).toHaveText('Les Ateliers Verdier');

    const nav = page.getByRole('navigation', { name: /Sections de la mission|Engagement sections/ });
    const main = page.getByRole('main');
    const hrefs = await nav.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) {
      const section = href.split('/').pop()!;
      const link = nav.locator(`a[href="${href}"]`);
      await link.click();
      // The previous section's heading is still up for a moment: wait for the route to change first.
      await expect(link).toHaveAttribute('aria-current', 'page');
      await settled(page);
      await auditScreen(page, test.info(), variant, section);
      // Every tab of the section, by position (the names change with the language).
      const tabs = main.getByRole('tab');
      const count = await tabs.count();
      for (let i = 1; i < count; i += 1) {
        const tab = tabs.nth(i);
        const id = (await tab.getAttribute('id')) ?? String(i);
        await tab.click();
        await expect(tab).toHaveAttribute('aria-selected', 'true');
        await settled(page);
        await auditScreen(page, test.info(), variant, `${section}-${id.split('-tab-').pop()}`, 'main');
      }
      if (count > 0) await tabs.first().click();

      switch (section) {
        case 'interview':
          await auditDialog(page, variant, 'interview-guide-editor', main.getByRole('button', { name: either('Modifier le guide', 'Edit the guide') }));
          break;
        case 'objectives':
          await auditDialog(page, variant, 'objectives-kpi-catalogue', main.getByRole('button', { name: either('Catalogue des KPI', 'KPI catalogue') }));
          break;
        case 'personas':
          await main.getByTestId('persona-card').first().click();
          await settled(page);
          await auditScreen(page, test.info(), variant, 'persona-detail', 'main');
          break;
        case 'deliverables':
          await auditDialog(page, variant, 'deliverables-branding', main.getByRole('button', { name: either('Profils de marque…', 'Branding profiles…') }));
          break;
      }
    }
  });
}

test.afterAll(async ({ request }) => {
  // Later specs expect the French UI.
  await request.post('/api/workspace%3AsetLanguage', { headers: { Authorization: 'Bearer e2e-token' }, data: { lang: 'fr' } });
  printSummary();
});
