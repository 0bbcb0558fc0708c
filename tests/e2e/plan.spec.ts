import { openDemoEngagement } from './pages/demoEngagement';
import { expect, test } from '@playwright/test';
import { screenshotPath } from './support';

/** The demo's plan through its views: table, kanban (keyboard move), timeline, budget, approval diff, overview dashboard. */
test('plan d’action: views of the demo plan, a keyboard kanban move, an approval and its diff', async ({ page }) => {
  const { engagement } = await openDemoEngagement(page, 'plan');
  await expect(page.getByTestId('plan-dashboard')).toBeVisible();
  await page.screenshot({ path: screenshotPath('overview-dashboard-fr.png'), fullPage: true });

  await engagement.goToSection('Plan d’action');
  await expect(page.getByTestId('action-row').first()).toBeVisible();
  await page.screenshot({ path: screenshotPath('plan-table-fr.png'), fullPage: true });

  await page.getByRole('tab', { name: 'Kanban' }).click();
  const todo = page.getByTestId('kanban-todo');
  const card = todo.getByTestId('kanban-card').first();
  const title = (await card.locator('.kanban__card-title').textContent())!;
  await card.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('kanban-in_progress').getByText(title)).toBeVisible();
  await page.screenshot({ path: screenshotPath('plan-kanban-fr.png'), fullPage: true });

  await page.getByRole('tab', { name: 'Calendrier' }).click();
  await expect(page.getByTestId('timeline-action').first()).toBeVisible();
  await page.screenshot({ path: screenshotPath('plan-timeline-fr.png'), fullPage: true });

  await page.getByRole('tab', { name: 'Budget' }).click();
  await expect(page.getByTestId('budget-planned')).toBeVisible();
  await page.screenshot({ path: screenshotPath('plan-budget-fr.png'), fullPage: true });

  await page.getByRole('tab', { name: 'Validation' }).click();
  await page.getByRole('button', { name: 'Soumettre le plan à la direction' }).click();
  await page.getByRole('textbox', { name: 'Décidé par' }).fill('Hélène Verdier');
  await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await expect(page.getByTestId('plan-diff')).toContainText('Aucun écart');
  await page.getByRole('tab', { name: 'Kanban' }).click();
  const moved = page.getByTestId('kanban-in_progress').getByTestId('kanban-card').first();
  await moved.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await page.getByRole('tab', { name: 'Validation' }).click();
  await expect(page.getByTestId('plan-diff')).toBeVisible();
  await page.screenshot({ path: screenshotPath('plan-approval-diff-fr.png'), fullPage: true });
});
