import { expect, test } from '@playwright/test';
import { EngagementPage } from './pages/EngagementPage';
import { HomePage } from './pages/HomePage';
import { screenshotPath } from './support';

test('the KPI catalogue shows definitions and takes a custom KPI that objectives can use', async ({ page }) => {
  const home = new HomePage(page);
  const engagement = new EngagementPage(page);
  await home.launch();
  await home.createEngagement({ clientName: 'Librairie des Halles' });
  await engagement.goToSection('Objectifs');

  await page.getByRole('button', { name: 'Catalogue des KPI' }).click();
  const dialog = page.getByRole('dialog', { name: 'Catalogue des KPI' });
  await expect(dialog.getByText('Taux de conversion', { exact: true })).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Libellé' }).fill('Taux de réachat à 6 mois');
  await dialog.getByRole('textbox', { name: 'Unité' }).fill('%');
  await dialog.getByRole('textbox', { name: 'Définition' }).fill('Part des clients ayant commandé deux fois en six mois.');
  await dialog.getByRole('button', { name: 'Ajouter au catalogue' }).click();
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Taux de réachat à 6 mois' })).toContainText('Personnalisé');
  await page.screenshot({ path: screenshotPath('objectives-kpi-catalogue-fr.png') });
  await dialog.getByRole('button', { name: 'Fermer' }).last().click();

  const statement = page.getByRole('textbox', { name: 'Nouvel objectif (Court terme)' });
  await statement.fill('Fidéliser les lecteurs du club');
  await statement.press('Enter');
  await page.getByRole('button', { name: 'Compléter' }).first().click();
  await expect(page.getByRole('combobox', { name: 'KPI' }).first().locator('option', { hasText: 'Taux de réachat à 6 mois' })).toHaveCount(1);
});
