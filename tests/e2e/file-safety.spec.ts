import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { EngagementPage } from './pages/EngagementPage';
import { HomePage } from './pages/HomePage';
import { OpenDialog } from './pages/OpenDialog';
import { documentsFolder, screenshotPath } from './support';

/** The file the app created for a client (named after the client and the title). */
function engagementFile(clientName: string): string {
  const name = fs
    .readdirSync(documentsFolder())
    .find((file) => file.startsWith(clientName) && file.endsWith('.orchestre'));
  if (!name) throw new Error(`no file for ${clientName} in ${documentsFolder()}`);
  return path.join(documentsFolder(), name);
}

test.describe('the engagement file changes under the app (browser mode)', () => {
  test('a read-only file opens with a persistent banner and its fields locked', async ({ page }) => {
    const home = new HomePage(page);
    const engagement = new EngagementPage(page);
    await home.launch();
    await home.createEngagement({ clientName: 'Fromagerie Roux', title: 'Vente en ligne' });
    await engagement.expectOverview('Fromagerie Roux', 'Vente en ligne');
    await engagement.close();
    await home.expectLoaded();

    const file = engagementFile('Fromagerie Roux');
    fs.chmodSync(file, 0o444);
    const bytes = fs.readFileSync(file);
    await home.openButton.click();
    await new OpenDialog(page).openPath(file);
    await engagement.expectOverview('Fromagerie Roux', 'Vente en ligne');

    const banner = page.getByTestId('read-only-banner');
    await expect(banner).toHaveText(
      /Ce fichier est en lecture seule\s: vous pouvez le consulter, mais vos modifications ne seront pas enregistrées\./,
    );
    await expect(engagement.field('Client')).not.toBeEditable();
    await page.screenshot({ path: screenshotPath('read-only-banner-fr.png') });

    // Still there on another section.
    await engagement.goToSection('Objectifs');
    await expect(banner).toBeVisible();
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  test('a file deleted while open: a banner says so and « Enregistrer une copie » rescues what was saved', async ({
    page,
  }) => {
    const home = new HomePage(page);
    const engagement = new EngagementPage(page);
    await home.launch();
    await home.createEngagement({ clientName: 'Boulangerie Petit', title: 'Notoriété locale' });
    await engagement.expectOverview('Boulangerie Petit', 'Notoriété locale');

    const file = engagementFile('Boulangerie Petit');
    fs.unlinkSync(file);
    // The app checks on focus (and every 15 s): coming back to the window is enough.
    await page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));

    const banner = page.getByTestId('file-moved-banner');
    await expect(banner).toContainText(
      'Le fichier de cette mission a été déplacé, renommé ou supprimé pendant qu’elle était ouverte.',
    );
    await banner.getByRole('button', { name: 'Enregistrer une copie' }).click();
    await expect(banner).toContainText('Copie enregistrée');
    await page.screenshot({ path: screenshotPath('file-moved-banner-fr.png') });

    const copy = path.join(documentsFolder(), 'Boulangerie Petit - Notoriété locale (copie).orchestre');
    await expect(banner).toContainText(copy);
    expect(fs.existsSync(copy)).toBe(true);
  });
});
