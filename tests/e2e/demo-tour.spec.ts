import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { EngagementPage } from './pages/EngagementPage';
import { HomePage } from './pages/HomePage';
import { OpenDialog } from './pages/OpenDialog';
import { documentsFolder, screenshotPath } from './support';

/**
 * The demo engagement (`orchestre demo`) seen as a consultant would: opened from
 * the home screen, each built screen captured in French for review and the README.
 */
test('the demo engagement opens from the home screen and its overview shows its figures', async ({ page }) => {
  const written = execFileSync(process.execPath, [path.resolve('bin/orchestre.js'), 'demo', documentsFolder()], { encoding: 'utf8' }).trim();
  const fileName = path.basename(written);

  const home = new HomePage(page);
  await home.launch();
  await home.openButton.click();
  const dialog = new OpenDialog(page);
  await dialog.expectOpen();
  await dialog.openFile(fileName);

  const engagement = new EngagementPage(page);
  await expect(engagement.clientName).toHaveText('Les Ateliers Verdier');
  const figures = page.getByRole('region', { name: /Chiffres clés/ });
  await expect(figures).toContainText('48 000');
  await page.screenshot({ path: screenshotPath('demo-overview-fr.png'), fullPage: true });

  await home.goHome();
  await expect(home.recent('Les Ateliers Verdier')).toBeVisible();
  await page.screenshot({ path: screenshotPath('demo-home-fr.png') });
});
