import { expect, test } from '@playwright/test';
import { EngagementPage } from './pages/EngagementPage';
import { HomePage } from './pages/HomePage';
import { screenshotPath } from './support';

/**
 * What the consultant sees when the disk is full. The core's answer (DISK_FULL,
 * change rolled back, earlier data intact, editing resumes) is tested through the
 * API in tests/integration/diskFull.test.ts; the browser-mode server has no way
 * to fill its disk on demand, so here the bridge's answer to one save is replaced
 * by that same envelope and the test checks what the screen makes of it.
 */
test('a save refused because the disk is full is said in plain words, and editing resumes afterwards', async ({
  page,
}) => {
  const home = new HomePage(page);
  const engagement = new EngagementPage(page);
  await home.launch();
  await home.createEngagement({ clientName: 'Disque Plein SA', title: 'Stratégie digitale' });
  await engagement.expectOverview('Disque Plein SA', 'Stratégie digitale');

  const isUpdate = (url: URL) => decodeURIComponent(url.pathname) === '/api/engagement:update';
  await page.route(isUpdate, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'DISK_FULL', params: {} } }),
    }),
  );
  await engagement.field('Client').fill('Disque Plein SAS');
  await engagement.field('Client').blur();

  await expect(engagement.saveStatus).toHaveAttribute('data-save-status', 'error');
  // Said under the field that was not saved, and in a toast that stays until dismissed.
  const message =
    /^Le disque est plein\u00a0: la dernière modification n’a pas été enregistrée.*Libérez de la place puis réessayez\.$/;
  await expect(engagement.field('Client')).toHaveAccessibleDescription(message);
  const alert = page.locator('.ui-toast[role="alert"]');
  await expect(alert).toContainText(message);
  await page.screenshot({ path: screenshotPath('disk-full-fr.png') });

  // Space is back: the next edit saves, and the indicator says so.
  await page.unroute(isUpdate);
  await engagement.field('Client').fill('Disque Plein SAS & Cie');
  await engagement.field('Client').blur();
  await engagement.expectSaved();
  await expect(engagement.clientName).toHaveText('Disque Plein SAS & Cie');
  await expect(engagement.field('Client')).not.toHaveAccessibleDescription(message);
  await alert.getByRole('button').click();
  await expect(alert).toBeHidden();
});
