import { expect, test } from '@playwright/test';
import { openDemoEngagement } from './pages/demoEngagement';
import { PalettePage } from './pages/PalettePage';
import { screenshotPath } from './support';

test('the palette jumps to sections, items found by search and commands; Aide lists the shortcuts', async ({ page }) => {
  test.setTimeout(120_000);
  await openDemoEngagement(page, 'palette');
  const palette = new PalettePage(page);

  // Ctrl+K from anywhere: sections and commands, keyboard only.
  await palette.open();
  await expect(palette.input).toHaveAttribute('aria-expanded', 'true');
  await expect(palette.option('Aller à : Plan d’action')).toHaveCount(1);
  await expect(await palette.active()).toHaveAttribute('aria-selected', 'true');
  await page.screenshot({ path: screenshotPath('palette-fr.png') });

  // A prefix, without its accents: the note « … mobilier robuste, empilable … » and a persona's trait.
  await palette.type('empilab');
  const note = palette.option(/^Note.*empilable/);
  await expect(note).toHaveCount(1);
  await expect(note.locator('mark')).toHaveText(['empilable']);
  await expect(palette.option(/^Persona.*empilable/)).toHaveCount(1);
  await expect(await palette.active()).toContainText('empilable');
  await page.screenshot({ path: screenshotPath('palette-search-fr.png') });
  await page.keyboard.press('Enter');
  await expect(palette.dialog).toBeHidden();
  await expect(page).toHaveURL(/\/interview$/);
  const noteItem = page.locator('[data-jump^="note:"]').filter({ hasText: 'empilable' });
  await expect(noteItem).toBeFocused();
  await expect(noteItem).toHaveClass(/jump-highlight/);

  await palette.open();
  await palette.type('entreten meuble');
  await expect(palette.option(/Trait de persona/)).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(await palette.active()).toContainText('entretenir un meuble');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/personas$/);
  const trait = page.locator('[data-jump^="persona_trait:"]').filter({ hasText: /entretenir un meuble/ });
  await expect(trait).toBeFocused();

  // What the user types is never FTS5 syntax, and never markup.
  await palette.open();
  for (const hostile of ['"NEAR(', '*', '-', 'a OR', '<b>']) {
    await palette.type(hostile);
    await expect(palette.dialog.getByRole('status')).not.toHaveText(/Recherche…/);
  }
  await expect(palette.dialog.locator('b')).toHaveCount(0);

  // A command: « Nouvel objectif » goes to the objectives and puts the caret in the new one's field.
  await palette.type('nouvel obj');
  await expect(palette.options).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/objectives$/);
  await expect(page.locator('.horizon__new').first()).toBeFocused();

  // Aide: F1, or the sidebar's button; the palette is one click away.
  await page.keyboard.press('F1');
  await expect(palette.help).toBeVisible();
  await expect(palette.help.getByRole('heading', { name: 'Prise de notes (zone de saisie)' })).toBeVisible();
  await expect(palette.help.getByText('Ctrl+K', { exact: true }).first()).toBeVisible();
  await page.screenshot({ path: screenshotPath('help-fr.png') });
  await page.keyboard.press('Escape');
  await expect(palette.help).toBeHidden();
  await page.getByRole('button', { name: 'Aide' }).click();
  await expect(palette.help).toBeVisible();
  await palette.help.getByRole('button', { name: /Ouvrir la palette/ }).click();
  await expect(palette.input).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(palette.dialog).toBeHidden();
});

test('the home screen searches every engagement and opens the one a result belongs to', async ({ page }) => {
  test.setTimeout(120_000);
  const { engagement, home } = await openDemoEngagement(page, 'home-search');
  await engagement.close();
  await home.expectLoaded();

  const search = page.getByRole('searchbox', { name: 'Rechercher dans toutes les missions' });
  await search.fill('delais fermes');
  const results = page.getByRole('list', { name: 'Résultats de la recherche' });
  // Every spec's copy of the demo is a recent engagement: the first file is enough here.
  const hit = results.getByRole('button', { name: /Ouvrir note dans Les Ateliers Verdier/ }).first();
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark')).toHaveText(['délais', 'fermes']);
  await page.screenshot({ path: screenshotPath('home-search-fr.png') });
  await hit.click();
  await expect(engagement.clientName).toHaveText('Les Ateliers Verdier');
  await expect(page).toHaveURL(/\/interview$/);
  await expect(page.locator('[data-jump^="note:"]').filter({ hasText: 'délais fermes' })).toBeFocused();
});
