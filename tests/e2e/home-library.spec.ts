import { expect, test } from '@playwright/test';
import { EngagementPage } from './pages/EngagementPage';
import { HomePage } from './pages/HomePage';
import { screenshotPath } from './support';

test.describe('the home screen’s list of engagements (browser mode)', () => {
  test('archive, find under « Archivées », unarchive; search, filter and sort', async ({ page }) => {
    const home = new HomePage(page);
    const engagement = new EngagementPage(page);
    await home.launch();
    for (const [clientName, title] of [
      ['Fromagerie Vidal', 'Boutique en ligne'],
      ['Atelier Chevalier', 'Ligne éditoriale'],
    ] as const) {
      await home.createEngagement({ clientName, title });
      await engagement.expectOverview(clientName, title);
      await engagement.close();
      await home.expectLoaded();
    }

    const list = home.library;
    await expect(home.recent('Fromagerie Vidal')).toContainText('À démarrer');
    await expect(home.recent('Fromagerie Vidal')).toContainText(/Créée le/);

    await home.recent('Fromagerie Vidal').getByRole('button', { name: 'Archiver la mission Fromagerie Vidal' }).click();
    await expect(page.getByText(/Mission archivée/)).toBeVisible();
    await expect(home.recent('Fromagerie Vidal')).toHaveCount(0);
    await expect(home.recent('Atelier Chevalier')).toBeVisible();

    await list.getByRole('button', { name: /^Archivées/ }).click();
    await expect(list.getByRole('button', { name: /^Archivées/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(home.recent('Fromagerie Vidal')).toBeVisible();
    await expect(home.recent('Atelier Chevalier')).toHaveCount(0);
    await page.screenshot({ path: screenshotPath('home-archived-fr.png'), fullPage: true });
    await home.recent('Fromagerie Vidal').getByRole('button', { name: 'Désarchiver la mission Fromagerie Vidal' }).click();
    await expect(home.recent('Fromagerie Vidal')).toHaveCount(0);
    await list.getByRole('button', { name: /^En cours/ }).click();
    await expect(home.recent('Fromagerie Vidal')).toBeVisible();

    // Text search folds accents and case; no match says what to do. (The workspace is shared
    // with the specs that ran before: the words searched for are this spec's own.)
    await list.getByLabel('Filtrer la liste').fill('EDITORIALE');
    await expect(home.recents).toHaveCount(1);
    await expect(home.recent('Atelier Chevalier')).toBeVisible();
    await page.screenshot({ path: screenshotPath('home-filtered-fr.png'), fullPage: true });
    await list.getByLabel('Filtrer la liste').fill('introuvable');
    await expect(list.getByRole('heading', { name: 'Aucune mission ne correspond' })).toBeVisible();
    await list.getByRole('button', { name: 'Effacer les filtres' }).click();
    await expect(list.getByLabel('Filtrer la liste')).toHaveValue('');

    await list.getByLabel('Client', { exact: true }).selectOption('Fromagerie Vidal');
    await expect(home.recents).toHaveCount(1);
    await list.getByLabel('Client', { exact: true }).selectOption('');

    await list.getByLabel('Trier par').selectOption('client');
    const names = await home.recents.locator('.recent-item__client').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr', { sensitivity: 'base' })));
    await page.screenshot({ path: screenshotPath('home-library-fr.png'), fullPage: true });
  });
});
