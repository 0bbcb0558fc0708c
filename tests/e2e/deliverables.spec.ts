import path from 'node:path';
import { openDemoEngagement } from './pages/demoEngagement';
import { expect, test, type Page } from '@playwright/test';
import { screenshotPath } from './support';

/** The « Profils de marque » dialog, reached from the Livrables section. */
function brandingDialog(page: Page) {
  const root = page.getByRole('dialog', { name: 'Profils de marque' });
  return {
    root,
    preview: root.getByTestId('branding-preview'),
    field: (label: string) => root.getByRole('textbox', { name: label, exact: true }),
  };
}

/**
 * Livrables on the demo engagement: a branding profile whose colour shows in the
 * preview, an export of the full report and the cahier des charges with its
 * progress and files, then the report marked as sent in the history.
 */
test('a consultant brands, exports and marks a deliverable as sent', async ({ page }) => {
  test.setTimeout(120_000);
  // Its own folder: the exported .docx files are written beside the engagement file.
  const { engagement, file } = await openDemoEngagement(page, 'livrables');
  await engagement.goToSection('Livrables');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Livrables');
  // The demo already holds one sent export: the interview minutes.
  const table = page.getByRole('main').getByRole('table', { name: 'Exports de la mission' });
  await expect(table.getByRole('row')).toHaveCount(2);

  // A branding profile: its primary colour reaches the preview, and only the preview.
  await page.getByRole('button', { name: 'Profils de marque…' }).click();
  const branding = brandingDialog(page);
  await expect(branding.root).toBeVisible();
  await branding.root.getByRole('button', { name: 'Nouveau profil' }).click();
  await expect(branding.field('Nom du profil')).toHaveValue('Nouveau profil');
  await branding.field('Nom du profil').fill('Cabinet Lumen');
  await branding.field('Cabinet ou agence').fill('Lumen Conseil');
  const band = branding.preview.getByTestId('preview-cover').locator('.bp-cover__band');
  const before = await band.evaluate((node) => getComputedStyle(node).backgroundColor);
  await branding.field('Couleur principale').fill('#0B6E4F');
  await expect(band).toHaveCSS('background-color', 'rgb(11, 110, 79)');
  expect(before).not.toBe('rgb(11, 110, 79)');
  await expect(branding.preview.getByTestId('preview-page').locator('th').first()).toHaveCSS('background-color', 'rgb(11, 110, 79)');
  await expect(branding.preview).toContainText('Lumen Conseil');
  await expect(branding.preview).toContainText('Page 2 / 12');
  const appAccent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--color-accent').trim());
  expect(appAccent.toLowerCase()).not.toBe('#0b6e4f');
  await expect(branding.root.getByRole('button', { name: 'Cabinet Lumen' })).toBeVisible();
  await engagement.expectSaved();
  await page.screenshot({ path: screenshotPath('branding-fr.png') });
  await branding.root.getByRole('button', { name: 'Fermer', exact: true }).last().click();
  await expect(branding.root).toBeHidden();

  // Settings saved on the engagement, then the export with its progress.
  const main = page.getByRole('main');
  await main.getByRole('combobox', { name: 'Profil de marque' }).selectOption({ label: 'Cabinet Lumen' });
  await expect(main.getByRole('combobox', { name: 'Langue des documents' })).toHaveValue('fr');
  await main.getByRole('checkbox', { name: /Rapport de stratégie digitale complet/ }).check();
  await main.getByRole('checkbox', { name: /Cahier des charges fonctionnel/ }).check();
  await main.getByRole('button', { name: 'Exporter les 2 livrables choisis' }).click();
  await expect(main.getByRole('progressbar', { name: 'Export en cours' })).toBeVisible();
  const result = main.getByRole('region', { name: /2 documents écrits/ });
  await expect(result).toBeVisible({ timeout: 90_000 });
  const files = result.getByRole('listitem');
  await expect(files).toHaveCount(2);
  await expect(files.first()).toContainText('.docx');
  await expect(result).toContainText(path.dirname(file));
  await expect(main.getByRole('progressbar')).toHaveCount(0);

  // History: mark the report as sent, then ask what changed since.
  await expect(table.getByRole('row')).toHaveCount(4);
  await table.getByRole('button', { name: 'Marquer Rapport de stratégie digitale complet v1 comme envoyé au client' }).click();
  const reportRow = table.getByRole('row').filter({ hasText: 'Rapport de stratégie digitale complet' });
  await expect(reportRow).toContainText('Envoyé le');
  await expect(table.getByRole('row').filter({ hasText: 'Cahier des charges fonctionnel' })).toContainText('Marquer comme envoyé au client');
  // The shell scrolls inside <main>: a tall viewport shows the whole section in one image.
  await page.setViewportSize({ width: 1360, height: 1800 });
  await page.screenshot({ path: screenshotPath('deliverables-fr.png') });
  await page.setViewportSize({ width: 1360, height: 860 });

  await reportRow.getByRole('button', { name: /Ce qui a changé depuis/ }).click();
  const changes = page.getByRole('dialog', { name: /Ce qui a changé depuis l’envoi/ });
  await expect(changes).toContainText('Rien n’a changé depuis cette version');
});
