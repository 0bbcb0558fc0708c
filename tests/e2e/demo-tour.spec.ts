import { openDemoEngagement } from './pages/demoEngagement';
import { expect, test } from '@playwright/test';
import { screenshotPath } from './support';

/**
 * The demo engagement (`orchestre demo`) seen as a consultant would: opened from
 * the home screen, each built screen captured in French for review and the README.
 */
test('the demo engagement opens from the home screen and its overview shows its figures', async ({ page }) => {
  const { engagement, home } = await openDemoEngagement(page, 'tour');
  await expect(engagement.clientName).toHaveText('Les Ateliers Verdier');
  const figures = page.getByRole('region', { name: /Chiffres clés/ });
  await expect(figures).toContainText('48 000');
  await page.screenshot({ path: screenshotPath('demo-overview-fr.png'), fullPage: true });

  await home.goHome();
  await expect(home.recent('Les Ateliers Verdier').first()).toBeVisible();
  await page.screenshot({ path: screenshotPath('demo-home-fr.png') });
});
