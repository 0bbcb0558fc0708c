import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { EngagementPage } from './pages/EngagementPage';
import { HomePage } from './pages/HomePage';

test.describe('the overview saves as you type', () => {
  test('client fields, budget in euros and stakeholders', async ({ page }) => {
    const home = new HomePage(page);
    const engagement = new EngagementPage(page);
    await home.launch();
    await home.createEngagement({ clientName: 'Atelier Roux', title: 'Présence digitale' });
    await engagement.expectOverview('Atelier Roux', 'Présence digitale');

    // Budget typed the French way, stored as cents, shown as euros.
    await engagement.field('Enveloppe budgétaire (HT)').fill('12 500,50');
    await engagement.field('Enveloppe budgétaire (HT)').blur();
    await engagement.expectSaved();
    await expect(page.getByTestId('budget-envelope')).toHaveText(/12\s500,50\s€/);

    // A required field left empty is not saved and says why.
    await engagement.field('Client').fill('');
    await expect(page.getByText('Le nom du client ne peut pas être vide.')).toBeVisible();
    await engagement.field('Client').fill('Atelier Roux & Fils');
    await engagement.field('Client').blur();
    await expect(engagement.clientName).toHaveText('Atelier Roux & Fils');

    // Stakeholders: add, edit in place (autosave), delete.
    await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
    const add = page.getByRole('dialog', { name: 'Nouvelle partie prenante' });
    await add.getByLabel('Nom').fill('Claire Roux');
    await add.getByLabel('Fonction').fill('Gérante');
    await add.getByLabel('Valide les livrables').check();
    await add.getByRole('button', { name: 'Ajouter la partie prenante' }).click();
    await expect(add).toBeHidden();
    const table = page.getByRole('table', { name: 'Parties prenantes de la mission' });
    await expect(table.getByRole('row', { name: /Claire Roux/ })).toContainText('Validateur');

    await page.getByRole('button', { name: 'Modifier Claire Roux' }).click();
    const edit = page.getByRole('dialog', { name: 'Modifier la partie prenante' });
    await edit.getByLabel('Fonction').fill('Gérante et fondatrice');
    await edit.getByRole('button', { name: 'Fermer' }).last().click();
    await expect(table.getByRole('row', { name: /Claire Roux/ })).toContainText('Gérante et fondatrice');

    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await page.getByRole('button', { name: 'Supprimer Claire Roux' }).click();
    await page
      .getByRole('dialog', { name: /Supprimer Claire Roux/ })
      .getByRole('button', { name: 'Supprimer' })
      .click();
    await expect(page.getByText('Aucune partie prenante pour l’instant', { exact: false })).toBeVisible();
  });
});
