import { expect, test } from '@playwright/test';
import { EngagementPage } from './pages/EngagementPage';
import { HomePage } from './pages/HomePage';
import { screenshotPath } from './support';

test('a backup taken on open is restored from the home screen into a new file', async ({ page }) => {
  const home = new HomePage(page);
  await home.launch();
  await home.createEngagement({ clientName: 'Domaine des Sablons' });
  const engagement = new EngagementPage(page);
  await expect(engagement.clientName).toHaveText('Domaine des Sablons');
  await engagement.close();
  await home.expectLoaded();

  await page.getByRole('button', { name: 'Sauvegardes…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restaurer une sauvegarde' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: /Domaine des Sablons/ }).click();
  const row = dialog.getByRole('row').filter({ hasText: 'À l’ouverture' }).first();
  await expect(row).toBeVisible();
  await page.screenshot({ path: screenshotPath('backups-restore-fr.png') });
  await row.getByRole('button', { name: /Restaurer la sauvegarde/ }).click();

  await expect(dialog).toBeHidden();
  await expect(engagement.clientName).toHaveText('Domaine des Sablons');
  await expect(page.getByText(/restauré le/).first()).toBeVisible();
});
