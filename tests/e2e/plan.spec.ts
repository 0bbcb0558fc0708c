import { openDemoEngagement } from './pages/demoEngagement';
import { expect, test } from '@playwright/test';
import { KanbanBoard } from './pages/KanbanBoard';
import { screenshotPath } from './support';

/** The demo's plan through its views: table, kanban (keyboard move), timeline, budget, approval diff, overview dashboard. */
test('plan d’action: views of the demo plan, a keyboard kanban move, an approval and its diff', async ({ page }) => {
  // Eight full-page screenshots and two approvals: more than the default 30 s on a loaded machine.
  test.setTimeout(120_000);
  const { engagement } = await openDemoEngagement(page, 'plan');
  await expect(page.getByTestId('plan-dashboard')).toBeVisible();
  await page.screenshot({ path: screenshotPath('overview-dashboard-fr.png'), fullPage: true });

  await engagement.goToSection('Plan d’action');
  await expect(page.getByTestId('action-row').first()).toBeVisible();
  await page.screenshot({ path: screenshotPath('plan-table-fr.png'), fullPage: true });

  await page.getByRole('tab', { name: 'Kanban' }).click();
  const kanban = new KanbanBoard(page);
  const title = (await kanban.column('todo').locator('.kanban__card-title').first().textContent())!;
  await kanban.moveWithKeyboard(title, 'in_progress');
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
  await kanban.moveWithKeyboard(title, 'blocked');
  await page.getByRole('tab', { name: 'Validation' }).click();
  await expect(page.getByTestId('plan-diff')).toBeVisible();
  await page.screenshot({ path: screenshotPath('plan-approval-diff-fr.png'), fullPage: true });
});

/**
 * A busy machine in miniature: timers started while a key is handled run 3 s late.
 * dnd-kit's keyboard sensor starts listening for arrows from such a timer, so keys
 * pressed at once after Space are lost; the page object waits for the board instead.
 */
test('a keyboard kanban move waits for the drag to be ready, even when timers run late', async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    const original = window.setTimeout.bind(window);
    const late = (handler: TimerHandler, ms?: number, ...rest: unknown[]) => original(handler, window.event?.type === 'keydown' && !ms ? 3000 : ms, ...rest);
    window.setTimeout = late as typeof window.setTimeout;
  });
  const { engagement } = await openDemoEngagement(page, 'plan-late-timers');
  await engagement.goToSection('Plan d’action');
  await page.getByRole('tab', { name: 'Kanban' }).click();
  const kanban = new KanbanBoard(page);
  const title = (await kanban.column('todo').locator('.kanban__card-title').first().textContent())!;
  await kanban.moveWithKeyboard(title, 'in_progress');
});
