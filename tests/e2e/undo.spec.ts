import { expect, test } from '@playwright/test';
import { EngagementPage } from './pages/EngagementPage';
import { HomePage } from './pages/HomePage';
import { PalettePage } from './pages/PalettePage';

test('undo and redo: a field edit and a deletion undone with Ctrl+Z, redone with Ctrl+Maj+Z and the palette; typing keeps its own undo', async ({ page }) => {
  test.setTimeout(120_000);
  const home = new HomePage(page);
  const engagement = new EngagementPage(page);
  await home.launch();
  await home.createEngagement({ clientName: 'Atelier Roux', title: 'Présence digitale' });
  await engagement.expectOverview('Atelier Roux', 'Présence digitale');
  const table = page.getByRole('table', { name: 'Parties prenantes de la mission' });
  const claire = table.getByRole('row', { name: /Claire Roux/ });
  const toasts = page.locator('.ui-toast');

  await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
  const add = page.getByRole('dialog', { name: 'Nouvelle partie prenante' });
  await add.getByLabel('Nom').fill('Claire Roux');
  await add.getByRole('button', { name: 'Ajouter la partie prenante' }).click();
  await expect(claire).toBeVisible();

  // A field edit (autosave), then a deletion.
  await engagement.field('Client').fill('Atelier Roux & Fils');
  await engagement.field('Client').blur();
  await expect(engagement.clientName).toHaveText('Atelier Roux & Fils');
  await page.getByRole('button', { name: 'Supprimer Claire Roux' }).click();
  await page.getByRole('dialog', { name: /Supprimer Claire Roux/ }).getByRole('button', { name: 'Supprimer' }).click();
  await expect(claire).toHaveCount(0);

  // Outside a field: undo the deletion, then the field edit.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(claire).toBeVisible();
  await expect(toasts.filter({ hasText: 'Modification annulée : partie prenante' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(engagement.clientName).toHaveText('Atelier Roux');
  await expect(engagement.field('Client')).toHaveValue('Atelier Roux');

  // Redo both: once with the keys, once from the palette.
  await page.keyboard.press('Control+Shift+Z');
  await expect(engagement.clientName).toHaveText('Atelier Roux & Fils');
  const palette = new PalettePage(page);
  await palette.open();
  await palette.type('rétablir');
  await page.keyboard.press('Enter');
  await expect(claire).toHaveCount(0);
  await expect(toasts.filter({ hasText: 'Modification rétablie : partie prenante' })).toBeVisible();

  // Inside a text field, Ctrl+Z undoes the typing, not the engagement's last edit.
  await engagement.goToSection('Objectifs');
  const newObjective = page.locator('.horizon__new').first();
  await newObjective.click();
  await page.keyboard.type('Doubler');
  await page.keyboard.press('Control+z');
  await expect(newObjective).toHaveValue('');
  await expect(engagement.clientName).toHaveText('Atelier Roux & Fils');
  await expect(toasts.filter({ hasText: 'Modification annulée' })).toHaveCount(0);

  // The file holds the redone state.
  await page.reload();
  await expect(engagement.clientName).toHaveText('Atelier Roux & Fils');
  await engagement.goToSection('Vue d’ensemble');
  await expect(page.getByText('Aucune partie prenante pour l’instant', { exact: false })).toBeVisible();
});

test('« Édition › Annuler » of the desktop menu: the command reaches the renderer on its event stream and undoes the last edit, or the typing in a field', async ({ page }) => {
  test.setTimeout(90_000);
  // The desktop menu sends { type: 'command', command: 'edit.undo' } on the event channel
  // (tests/unit/appMenu.test.ts); in browser mode that channel is /api/events. The stream is
  // answered here, so the test decides when a menu command arrives (the renderer reconnects
  // every 2 s after a stream ends).
  const queued: string[] = [];
  await page.route('**/api/events', (route) =>
    route.fulfill({ status: 200, contentType: 'text/event-stream', body: queued.splice(0).map((command) => `data: ${JSON.stringify({ type: 'command', command })}\n\n`).join('') }),
  );
  const menu = async (command: 'edit.undo' | 'edit.redo') => {
    queued.push(command);
    await expect.poll(() => queued.length, { timeout: 10_000 }).toBe(0);
  };
  const home = new HomePage(page);
  const engagement = new EngagementPage(page);
  await home.launch();
  await home.createEngagement({ clientName: 'Menuiserie Blanc', title: 'Refonte du site' });
  await engagement.expectOverview('Menuiserie Blanc', 'Refonte du site');

  await engagement.field('Client').fill('Menuiserie Blanc & Fils');
  await engagement.field('Client').blur();
  await expect(engagement.clientName).toHaveText('Menuiserie Blanc & Fils');
  await page.getByRole('heading', { level: 1 }).click();
  await menu('edit.undo');
  await expect(engagement.clientName).toHaveText('Menuiserie Blanc');
  await expect(page.locator('.ui-toast').filter({ hasText: 'Modification annulée' })).toBeVisible();
  await menu('edit.redo');
  await expect(engagement.clientName).toHaveText('Menuiserie Blanc & Fils');

  // With the focus in a text field, the menu's Annuler is the field's own undo.
  const context = engagement.field('Contexte et enjeux de la mission');
  await context.click();
  await page.keyboard.type('Atelier familial');
  await menu('edit.undo');
  await expect(context).not.toHaveValue('Atelier familial');
  await expect(engagement.clientName).toHaveText('Menuiserie Blanc & Fils');
});
