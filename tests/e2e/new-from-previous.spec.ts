import { expect, test } from '@playwright/test';
import { AnalysePage } from './pages/AnalysePage';
import { openDemoEngagement } from './pages/demoEngagement';
import { screenshotPath } from './support';

test('a new engagement takes the demo’s structure (guide, audit grid, KPIs, branding) and none of its client data', async ({ page }) => {
  const { engagement, home } = await openDemoEngagement(page, 'reuse');
  await engagement.close();
  await home.expectLoaded();

  await home.recent('Les Ateliers Verdier').first().getByRole('button', { name: 'Nouvelle mission à partir de Les Ateliers Verdier' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouvelle mission' });
  await expect(dialog.getByLabel('Partir de')).toHaveValue(/Les Ateliers Verdier/);
  const carry = dialog.getByRole('group', { name: 'À reprendre de cette mission' });
  for (const label of [/Guide d’entretien/, /Grille d’audit/, /Catalogue d’indicateurs/, /Profil de marque/]) {
    await expect(carry.getByRole('checkbox', { name: label })).toBeChecked();
  }
  await expect(carry).toContainText('Jamais repris');
  await dialog.getByLabel('Client').fill('Menuiserie Roussel');
  await page.screenshot({ path: screenshotPath('new-from-previous-fr.png') });
  await dialog.getByRole('button', { name: 'Créer la mission' }).click();
  await expect(dialog).toBeHidden();
  await expect(engagement.clientName).toHaveText('Menuiserie Roussel');

  // The overview counts nothing of the demo's work.
  const figures = page.getByRole('region', { name: /Chiffres clés/ });
  await expect(figures).not.toContainText('48 000');

  // The demo's own channels are there, none scored.
  await engagement.goToSection('Audit');
  const analyse = new AnalysePage(page);
  await expect(analyse.channel('Pinterest')).toBeVisible();
  await expect(analyse.channel('Places de marché')).toContainText('non noté');
  await expect(page.getByRole('main')).not.toContainText('Verdier');
});
