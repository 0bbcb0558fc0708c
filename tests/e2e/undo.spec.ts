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
