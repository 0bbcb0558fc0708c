import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { EngagementPage } from './pages/EngagementPage';
import { HomePage } from './pages/HomePage';
import { OpenDialog } from './pages/OpenDialog';
import { documentsFolder } from './support';

test.describe('opening engagements from the home screen (browser mode)', () => {
  test('« Ouvrir… » lists the folder’s files and opens one', async ({ page }) => {
    const home = new HomePage(page);
    const engagement = new EngagementPage(page);
    await home.launch();
    await home.createEngagement({ clientName: 'Cave Dupuis', title: 'Refonte du site' });
    await engagement.expectOverview('Cave Dupuis', 'Refonte du site');
    await engagement.close();
    await home.expectLoaded();

    await home.openButton.click();
    const dialog = new OpenDialog(page);
    await dialog.expectOpen();
    await dialog.openFile('Cave Dupuis');
    await engagement.expectOverview('Cave Dupuis', 'Refonte du site');
  });

  test('a file that is not an engagement is refused with a sentence in French', async ({ page }) => {
    const fake = path.join(documentsFolder(), 'notes.orchestre');
    fs.writeFileSync(fake, 'Compte-rendu de réunion, pas une mission.\n');
    const home = new HomePage(page);
    await home.launch();
    await home.openButton.click();
    const dialog = new OpenDialog(page);
    await dialog.openPath(fake);
    await expect(dialog.errorBanner()).toHaveText(
      'Le fichier « notes.orchestre » n’est pas une mission Orchestre (format non reconnu).',
    );
  });

  test('a dropped file in the browser explains that drop needs the desktop app and offers the list', async ({
    page,
  }) => {
    const home = new HomePage(page);
    await home.launch();
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['x'], 'mission.orchestre'));
      return transfer;
    });
    await page.dispatchEvent('.home', 'dragenter', { dataTransfer });
    await page.dispatchEvent('.home', 'drop', { dataTransfer });
    const dialog = new OpenDialog(page);
    await dialog.expectOpen();
    await expect(dialog.root).toContainText('le glisser-déposer demande l’application de bureau');
  });

  test('a recent engagement whose file vanished can be removed from the list', async ({ page }) => {
    const home = new HomePage(page);
    const engagement = new EngagementPage(page);
    await home.launch();
    await home.createEngagement({ clientName: 'Garage Lemoine' });
    await expect(engagement.clientName).toHaveText('Garage Lemoine');
    await engagement.close();
    await home.expectLoaded();

    const file = fs.readdirSync(documentsFolder()).find((name) => name.startsWith('Garage Lemoine'));
    expect(file).toBeTruthy();
    fs.rmSync(path.join(documentsFolder(), file!));
    await page.reload();
    await expect(home.recent('Garage Lemoine')).toContainText('Fichier introuvable');
    await home.recent('Garage Lemoine').getByRole('button', { name: 'Retirer de la liste' }).click();
    await expect(home.recent('Garage Lemoine')).toHaveCount(0);
  });

  test('the home screen has no detectable accessibility violations', async ({ page }) => {
    const home = new HomePage(page);
    await home.launch();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
