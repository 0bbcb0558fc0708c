import { expect, test } from '@playwright/test';
import { EngagementPage } from './pages/EngagementPage';
import { HomePage } from './pages/HomePage';
import { screenshotPath } from './support';

test('a session records its participants, and its guide is edited and saved as a reusable template', async ({ page }) => {
  const home = new HomePage(page);
  const engagement = new EngagementPage(page);
  await home.launch();
  await home.createEngagement({ clientName: 'Brasserie du Quai' });
  await expect(engagement.clientName).toHaveText('Brasserie du Quai');
  await engagement.goToSection('Entretien');
  await page.getByRole('main').getByRole('button', { name: 'Nouvel entretien' }).click();

  // Participants: one typed in, kept after a reload.
  await page.getByText('Informations de l’entretien').click();
  await page.getByRole('textbox', { name: 'Autre participant' }).fill('Nadia Ferrand');
  await page.getByRole('textbox', { name: 'Fonction' }).fill('Gérante');
  await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Autres participants' })).toContainText('Nadia Ferrand');
  await engagement.expectSaved();

  // Guide: a question added, then the guide saved as a template.
  await page.getByRole('button', { name: 'Modifier le guide' }).click();
  const dialog = page.getByRole('dialog', { name: 'Guide d’entretien' });
  const firstPart = dialog.getByRole('region').first();
  await firstPart.getByRole('textbox', { name: 'Nouvelle question' }).fill('Quels événements rythment votre saison ?');
  await firstPart.getByRole('button', { name: 'Ajouter la question' }).click();
  await expect(firstPart.getByRole('textbox', { name: 'Question', exact: true }).last()).toHaveValue('Quels événements rythment votre saison ?');
  await dialog.getByRole('textbox', { name: 'Nom du modèle' }).fill('Découverte restauration');
  await dialog.getByRole('button', { name: 'Enregistrer comme modèle' }).click();
  await expect(page.getByText('Guide enregistré comme modèle.')).toBeVisible();
  await page.screenshot({ path: screenshotPath('interview-guide-editor-fr.png') });
  await dialog.getByRole('button', { name: 'Fermer' }).last().click();
  await expect(page.getByRole('complementary', { name: 'Guide d’entretien' })).toContainText('Quels événements rythment votre saison');

  await page.reload();
  await page.getByText('Informations de l’entretien').click();
  await expect(page.getByRole('list', { name: 'Autres participants' })).toContainText('Nadia Ferrand');
  await page.getByRole('button', { name: 'Modifier le guide' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Repartir d’un modèle' })).toContainText('Découverte restauration');
});
