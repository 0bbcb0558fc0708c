import { expect, test, type Page } from '@playwright/test';
import { EngagementPage } from './pages/EngagementPage';
import { HomePage } from './pages/HomePage';
import { PlanPage, type NewAction } from './pages/PlanPage';
import { screenshotPath } from './support';

/**
 * Issue #5's « must show », on a fresh engagement and through the UI only: objectives,
 * phases, 12 actions linked to them, kanban moves with the mouse and the keyboard, the
 * timeline, an action edited (dependency, loop refused), two quotes compared and one
 * chosen, the plan approved then changed, a KPI CSV refused then imported, providers
 * and risks edited. One page for the whole story; each step is its own test.
 */
test.describe.configure({ mode: 'serial', timeout: 180_000 });

const OBJECTIVES = ['Recevoir 40 demandes de devis par mois', 'Passer à 5 000 abonnés Instagram'];
const ACTIONS: NewAction[] = Array.from({ length: 12 }, (_, i) => ({
  title: `A${String(i + 1).padStart(2, '0')} · ${['Charte éditoriale', 'Calendrier de publication', 'Shooting produits', 'Refonte de la fiche Google', 'Campagne Search', 'Newsletter mensuelle', 'Partenariats locaux', 'Salon professionnel', 'Vidéos tutoriels', 'Programme d’avis clients', 'Landing page devis', 'Bilan trimestriel'][i]}`,
  start: `2027-${String(1 + Math.floor(i / 2)).padStart(2, '0')}-0${1 + (i % 2) * 4}`,
  end: `2027-${String(1 + Math.floor(i / 2)).padStart(2, '0')}-2${i % 2}`,
  budget: String(1000 + i * 500),
}));
const title = (n: number) => ACTIONS[n - 1]!.title;

let page: Page;
let plan: PlanPage;
let engagement: EngagementPage;

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
  plan = new PlanPage(page);
  engagement = new EngagementPage(page);
});
test.afterAll(async () => page.close());

test('objectives, phases (added, renamed, dated) and 12 actions linked to an objective', async () => {
  const home = new HomePage(page);
  await home.launch();
  await home.createEngagement({ clientName: 'Menuiserie Arnaud', budget: '30000' });
  await engagement.goToSection('Objectifs');
  for (const statement of OBJECTIVES) {
    const field = page.getByRole('textbox', { name: 'Nouvel objectif (Court terme)' });
    await field.fill(statement);
    await field.press('Enter');
    await expect(page.getByText(statement).first()).toBeVisible();
  }

  await engagement.goToSection('Plan d’action');
  await plan.tab('Calendrier');
  const phases = page.getByTestId('phases-card');
  for (const name of ['Lot 1', 'Déploiement']) {
    await phases.getByRole('textbox', { name: 'Nouvelle phase' }).fill(name);
    await phases.getByRole('button', { name: 'Ajouter la phase' }).click();
    await expect(phases.getByTestId('phase-row').getByRole('textbox', { name: 'Nom de la phase' }).last()).toHaveValue(name);
  }
  const first = phases.getByTestId('phase-row').first();
  await first.getByRole('textbox', { name: 'Nom de la phase' }).fill('Fondations');
  await first.getByLabel('Début').fill('2027-01-01');
  await first.getByLabel('Fin').fill('2027-03-31');
  await engagement.expectSaved();

  await plan.tab('Tableau');
  const form = plan.newAction;
  await expect(form.getByText('Au moins un objectif est attendu.')).toBeVisible();
  await form.getByRole('checkbox', { name: OBJECTIVES[0] }).check();
  await form.getByLabel('Phase').selectOption({ label: 'Fondations' });
  for (const action of ACTIONS) await plan.createAction(action);
  await expect(page.getByText('12 sur 12 actions')).toBeVisible();
  await expect(page.getByTestId('action-row').filter({ hasText: 'Aucun objectif lié' })).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('plan-scenario-table-fr.png'), fullPage: true });
});

test('kanban: one card dragged with the mouse, one moved with the keyboard', async () => {
  await plan.tab('Kanban');
  await expect(plan.kanban.column('todo').getByTestId('kanban-card')).toHaveCount(12);
  await plan.kanban.dragWithMouse(title(1), 'in_progress');
  await plan.kanban.moveWithKeyboard(title(2), 'in_progress');
  await plan.kanban.dragWithMouse(title(3), 'blocked');
  await expect(plan.kanban.column('in_progress').getByTestId('kanban-card')).toHaveCount(2);
  await page.screenshot({ path: screenshotPath('plan-scenario-kanban-fr.png'), fullPage: true });
  // The moves were saved, not only drawn: a fresh load keeps them.
  await page.reload();
  await plan.tab('Kanban');
  await plan.kanban.expectIn(title(1), 'in_progress');
  await plan.kanban.expectIn(title(3), 'blocked');
});

test('timeline: the 12 actions by phase', async () => {
  await plan.tab('Calendrier');
  await expect(page.getByTestId('timeline-action')).toHaveCount(12);
  await expect(page.getByTestId('timeline')).toContainText('Fondations');
  await page.screenshot({ path: screenshotPath('plan-scenario-timeline-fr.png'), fullPage: true });
});

test('action editor: every field saves; a prerequisite that ends too late is flagged; a loop is refused', async () => {
  await plan.openEditor(title(2));
  const editor = plan.editor;
  await editor.getByRole('textbox', { name: 'Description' }).fill('Douze semaines de publications, validées par Hélène.');
  await editor.getByRole('checkbox', { name: OBJECTIVES[1] }).check();
  await editor.getByLabel('Porté par').selectOption({ label: 'Équipe client' });
  await editor.getByRole('textbox', { name: 'Nom du responsable' }).fill('Hélène Arnaud');
  await editor.getByLabel('Priorité').selectOption({ label: 'Haute' });
  await editor.getByRole('textbox', { name: 'Dépensé (€ HT)' }).fill('350');
  await editor.getByRole('textbox', { name: 'KPI suivi' }).fill('Publications par semaine');
  await editor.getByRole('textbox', { name: 'Cible' }).fill('3');
  // A02 starts on 5 January; A01 ends on 20 January: finish-to-start says too early.
  await editor.getByLabel('Ajouter un prérequis').selectOption({ label: title(1) });
  const prerequisite = editor.getByTestId('prerequisite').filter({ hasText: title(1) });
  await expect(prerequisite).toContainText('avant la fin de');
  await engagement.expectSaved();
  await page.screenshot({ path: screenshotPath('plan-action-editor-fr.png') });
  await editor.getByRole('textbox', { name: 'Début' }).fill('2027-01-21');
  await expect(prerequisite).not.toContainText('avant la fin de');
  await plan.closeEditor();

  await plan.openEditor(title(1));
  await expect(plan.editor.getByTestId('action-dependencies')).toContainText(title(2));
  await plan.editor.getByLabel('Ajouter un prérequis').selectOption({ label: title(2) });
  await expect(plan.editor.getByRole('alert')).toContainText(`« ${title(2)} » dépend déjà de cette action`);
  await expect(plan.editor.getByTestId('prerequisite')).toHaveCount(0);
  // No objective: said in the editor, and the table flags it.
  await plan.editor.getByRole('checkbox', { name: OBJECTIVES[0] }).uncheck();
  await expect(plan.editor.getByText('Aucun objectif lié : une action du plan devrait servir au moins un objectif.')).toBeVisible();
  await plan.editor.getByRole('checkbox', { name: OBJECTIVES[0] }).check();
  await plan.closeEditor();

  await plan.openEditor(title(2));
  await expect(plan.editor.getByRole('textbox', { name: 'Description' })).toHaveValue('Douze semaines de publications, validées par Hélène.');
  await expect(plan.editor.getByRole('textbox', { name: 'Nom du responsable' })).toHaveValue('Hélène Arnaud');
  await expect(plan.editor.getByRole('textbox', { name: 'Début' })).toHaveValue('2027-01-21');
  await expect(plan.editor.getByRole('checkbox', { name: OBJECTIVES[1] })).toBeChecked();
  await plan.closeEditor();
});

test('quotes: two compared, one chosen sets the planned budget; providers edited, deletion by the rule', async () => {
  await plan.tab('Devis');
  await page.getByLabel('Action', { exact: true }).selectOption({ label: title(4) });
  await expect(page.getByTestId('quote-planned')).toContainText('2 500');
  const addQuote = page.getByRole('form', { name: 'Ajouter le devis' });
  for (const [company, amount] of [['Studio Nord', '2 800'], ['Agence Brume', '2 150']]) {
    await addQuote.getByRole('combobox', { name: 'Prestataire' }).fill(company!);
    await addQuote.getByRole('textbox', { name: 'Montant HT' }).fill(amount!);
    await addQuote.getByRole('button', { name: 'Ajouter le devis' }).click();
    await expect(page.getByTestId('quote-compare')).toContainText(company!);
  }
  const compare = page.getByTestId('quote-compare');
  await expect(compare.locator('.quote')).toHaveCount(2);
  await expect(compare.locator('.quote').filter({ hasText: 'Agence Brume' })).toContainText('Moins cher');
  await compare.locator('.quote').filter({ hasText: 'Agence Brume' }).getByRole('button', { name: 'Retenir ce devis' }).click();
  await expect(page.getByTestId('quote-planned')).toContainText('2 150');

  const providers = page.getByTestId('providers-card');
  await providers.getByRole('button', { name: 'Modifier « Studio Nord »' }).click();
  const providerDialog = page.getByRole('dialog').filter({ has: page.getByTestId('provider-editor') });
  await providerDialog.getByRole('textbox', { name: 'Société' }).fill('Studio Nord & Fils');
  await providerDialog.getByRole('textbox', { name: 'Compétences' }).fill('Photo produit, vidéo');
  await engagement.expectSaved();
  await page.screenshot({ path: screenshotPath('plan-provider-editor-fr.png') });
  await providerDialog.getByRole('button', { name: 'Fermer' }).first().click();
  await expect(providers).toContainText('Studio Nord & Fils');

  // Agence Brume carries A04 now: deleting it is refused, said with the action's name.
  await providers.getByRole('button', { name: 'Supprimer « Agence Brume »' }).click();
  const confirm = page.getByRole('dialog', { name: 'Supprimer « Agence Brume » ?' });
  await expect(confirm.getByTestId('confirm-text')).toContainText(`porte encore une action (« ${title(4)} »)`);
  await expect(confirm.getByRole('button', { name: 'Supprimer' })).toHaveCount(0);
  await confirm.getByRole('button', { name: 'Annuler' }).click();
  await providers.getByRole('button', { name: 'Supprimer « Studio Nord & Fils »' }).click();
  const confirmNord = page.getByRole('dialog', { name: 'Supprimer « Studio Nord & Fils » ?' });
  await expect(confirmNord).toContainText('Son devis sera supprimé avec lui.');
  await confirmNord.getByRole('button', { name: 'Supprimer' }).click();
  await expect(compare.locator('.quote')).toHaveCount(1);
  await expect(providers).not.toContainText('Studio Nord');
  await page.screenshot({ path: screenshotPath('plan-providers-fr.png'), fullPage: true });
});

test('approval, then a change shows as a difference against the approved plan', async () => {
  await plan.tab('Validation');
  await page.getByRole('button', { name: 'Soumettre le plan à la direction' }).click();
  await page.getByRole('textbox', { name: 'Décidé par' }).fill('Paul Arnaud');
  await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await expect(page.getByTestId('plan-diff')).toContainText('Aucun écart');

  await plan.openEditor(title(5));
  await plan.editor.getByRole('textbox', { name: 'Budget prévu (€ HT)' }).fill('4 200');
  await plan.editor.getByRole('textbox', { name: 'Fin' }).fill('2027-04-10');
  await engagement.expectSaved();
  await plan.closeEditor();
  await plan.tab('Validation');
  const diff = page.getByTestId('plan-diff');
  await expect(diff).not.toContainText('Aucun écart');
  await expect(diff).toContainText(title(5));
  await expect(diff).toContainText('4 200');
  await page.screenshot({ path: screenshotPath('plan-scenario-diff-fr.png'), fullPage: true });
});

test('KPI CSV: one bad row refuses the file (nothing written), the corrected file is imported and charted', async () => {
  await plan.tab('Pilotage');
  await expect(page.getByText('Aucune mesure pour cet objectif.')).toBeVisible();
  const header = 'Date;Indicateur;Valeur;Source';
  const bad = `${header}\n31/01/2027;${OBJECTIVES[0]};12;GA4\n28/02/2027;${OBJECTIVES[0]};douze;GA4\n`;
  await page.getByTestId('kpi-csv').setInputFiles({ name: 'mesures.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await expect(page.getByText('1 ligne(s) en erreur : rien ne sera importé tant qu’elles ne sont pas corrigées.')).toBeVisible();
  await expect(page.getByTestId('csv-preview').locator('tr.plan-csv__bad')).toContainText('valeur illisible');
  await expect(page.getByRole('button', { name: /^Importer/ })).toBeDisabled();
  await expect(page.getByText('Aucune mesure pour cet objectif.')).toBeVisible();

  const good = `${header}\n31/01/2027;${OBJECTIVES[0]};12;GA4\n28/02/2027;${OBJECTIVES[0]};17;GA4\n`;
  await page.getByTestId('kpi-csv').setInputFiles({ name: 'mesures.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await page.getByRole('button', { name: 'Importer 2 lignes' }).click();
  await expect(page.getByText('2 mesures importées.')).toBeVisible();
  // The chart's data table: one row per measurement, then the target.
  const kpiTable = page.getByTestId('kpi-chart').getByRole('table', { name: /^Mesures et cible de l’objectif/ });
  await expect(kpiTable.getByRole('row').filter({ hasText: '28 févr. 2027' })).toContainText('17');
  await page.screenshot({ path: screenshotPath('plan-scenario-kpi-fr.png'), fullPage: true });
});

test('risks: added, edited (the matrix follows), deleted after a confirmation', async () => {
  await plan.tab('Risques');
  await page.getByRole('textbox', { name: 'Nouveau risque' }).fill('Retard du menuisier sur les photos');
  await page.getByRole('button', { name: 'Nouveau risque' }).click();
  await page.getByRole('button', { name: 'Modifier le risque « Retard du menuisier sur les photos »' }).click();
  const dialog = page.getByRole('dialog').filter({ has: page.getByTestId('risk-editor') });
  await dialog.getByLabel('Probabilité (1 à 5)').selectOption('4');
  await dialog.getByLabel('Impact (1 à 5)').selectOption('5');
  await dialog.getByRole('textbox', { name: 'Mesure d’atténuation' }).fill('Deux créneaux de shooting réservés');
  await dialog.getByRole('textbox', { name: 'Responsable' }).fill('Paul Arnaud');
  await engagement.expectSaved();
  await page.screenshot({ path: screenshotPath('plan-risk-editor-fr.png') });
  await dialog.getByRole('button', { name: 'Fermer' }).first().click();
  const row = page.getByRole('row').filter({ hasText: 'Retard du menuisier' });
  await expect(row).toContainText('4 × 5 = 20');
  await expect(row).toContainText('Deux créneaux de shooting réservés');
  await page.screenshot({ path: screenshotPath('plan-risks-fr.png'), fullPage: true });
  await row.getByRole('button', { name: /^Supprimer le risque/ }).click();
  await page.getByRole('dialog', { name: /^Supprimer le risque/ }).getByRole('button', { name: 'Supprimer' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Retard du menuisier' })).toHaveCount(0);
});
