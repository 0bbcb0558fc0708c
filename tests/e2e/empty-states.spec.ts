import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { EngagementPage } from './pages/EngagementPage';
import { HomePage } from './pages/HomePage';
import { screenshotPath } from './support';

const CLIENT = 'Serrurerie Vidal';

/**
 * One empty view: its empty-state heading (the shared component) and the control that
 * is its next step. `axe`: the view's main area has no serious or critical WCAG 2.1 AA
 * violation either (four views, light then dark: axe costs seconds each).
 */
async function expectEmpty(page: Page, shot: string, title: string, next: Locator, axe = false): Promise<void> {
  const main = page.getByRole('main');
  await expect(main.locator('.ui-empty').getByRole('heading', { name: title })).toBeVisible();
  await expect(next).toBeVisible();
  await page.screenshot({ path: screenshotPath(`empty-${shot}.png`), fullPage: true });
  if (!axe) return;
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).include('main').analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `axe on the empty ${shot} view`).toEqual([]);
}

/**
 * A brand-new engagement, every section and sub-view opened in turn: each says what
 * it is for and offers the next step (no blank area, bare table header or empty
 * chart frame). A few next steps are followed to check they lead where they say.
 */
test('every view of a new engagement says what it is for and what to do next', async ({ page }) => {
  test.setTimeout(120_000);
  const home = new HomePage(page);
  const engagement = new EngagementPage(page);
  const main = page.getByRole('main');
  const tab = (name: string) => main.getByRole('tab', { name, exact: true });
  const button = (name: string) => main.getByRole('button', { name, exact: true });
  const link = (name: string) => main.getByRole('link', { name, exact: true });

  await home.launch();
  await home.createEngagement({ clientName: CLIENT, title: 'Présence en ligne' });
  await engagement.expectOverview(CLIENT, 'Présence en ligne');
  await expectEmpty(page, 'overview', 'Aucune action planifiée pour l’instant.', link('Construire le plan d’action'));

  await engagement.goToSection('Entretien');
  await expectEmpty(page, 'interview', 'Aucun entretien pour l’instant', button('Nouvel entretien'));

  await engagement.goToSection('Objectifs');
  await expectEmpty(page, 'objectives', 'Aucun objectif pour l’instant', button('Écrire le premier objectif'));
  await button('Écrire le premier objectif').click();
  await expect(main.getByRole('textbox', { name: 'Nouvel objectif (Court terme)' })).toBeFocused();
  await button('Catalogue des KPI').click();
  const catalogue = page.getByRole('dialog', { name: 'Catalogue des KPI' });
  await expect(catalogue.getByText('Taux de conversion').first()).toBeVisible();
  await expect(catalogue.getByRole('button', { name: 'Ajouter au catalogue' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('empty-objectives-kpi.png') });
  await page.keyboard.press('Escape');
  await expect(catalogue).toBeHidden();

  // The audit starts from its default grid; its synthesis waits for scores.
  await engagement.goToSection('Audit');
  await expect(main.getByRole('navigation', { name: 'Canaux' })).toContainText('Site web');
  await page.screenshot({ path: screenshotPath('empty-audit-grid.png'), fullPage: true });
  await tab('Synthèse').click();
  await expectEmpty(page, 'audit-synthesis', 'Rien à synthétiser pour l’instant', button('Noter dans la grille d’audit'));
  await expect(main.locator('.recharts-surface')).toHaveCount(0);
  await button('Noter dans la grille d’audit').click();
  await expect(tab('Grille d’audit')).toHaveAttribute('aria-selected', 'true');
  await tab('SWOT').click();
  await expect(main.getByText('Forces et faiblesses viennent des points forts')).toBeVisible();
  await page.screenshot({ path: screenshotPath('empty-audit-swot.png'), fullPage: true });

  await engagement.goToSection('Benchmark');
  const newCompetitor = main.getByRole('textbox', { name: 'Nouveau concurrent, puis Entrée' });
  await expectEmpty(page, 'benchmark-competitors', 'Aucun concurrent pour l’instant', newCompetitor);
  await tab('Grille').click();
  await expectEmpty(page, 'benchmark-grid', 'Aucun concurrent à noter', button('Ajouter des concurrents'));
  await tab('Comparaison').click();
  await expectEmpty(page, 'benchmark-chart', 'Rien à comparer pour l’instant', button('Ajouter des concurrents'));
  await tab('Audience').click();
  await expectEmpty(page, 'benchmark-metrics', 'Aucune mesure d’audience', button('Ajouter des concurrents'));
  await tab('Enseignements').click();
  await expectEmpty(page, 'benchmark-learnings', 'Aucun enseignement pour l’instant', main.getByRole('textbox', { name: 'Bonne pratique ou tendance observée, puis Entrée' }));
  await tab('Grille').click();
  await button('Ajouter des concurrents').click();
  await expect(newCompetitor).toBeVisible();

  await engagement.goToSection('Personas');
  await expectEmpty(page, 'personas', 'Aucun persona', main.getByRole('textbox', { name: 'Nom du nouveau persona, puis Entrée' }));

  await engagement.goToSection('Plan d’action');
  await expectEmpty(page, 'plan-table', 'Aucune action pour l’instant', button('Créer la première action'), true);
  await expect(page.getByTestId('action-table')).toHaveCount(0);
  // No objective yet: the form says so and leads to them.
  await expect(main.getByRole('form', { name: 'Nouvelle action' }).getByRole('link', { name: 'Écrire les objectifs' })).toBeVisible();
  const views: [string, string, string][] = [
    ['Kanban', 'kanban', 'Le tableau de suivi est vide'],
    ['Calendrier', 'timeline', 'Aucune action à placer dans le calendrier'],
    ['Budget', 'budget', 'Aucun budget à répartir'],
    ['Devis', 'quotes', 'Aucune action à faire chiffrer'],
    ['Validation', 'approval', 'Aucun plan à soumettre'],
  ];
  for (const [name, shot, title] of views) {
    await tab(name).click();
    await expectEmpty(page, `plan-${shot}`, title, button('Créer la première action'));
  }
  await expect(main.locator('.recharts-surface')).toHaveCount(0);
  await tab('Pilotage').click();
  await expectEmpty(page, 'plan-steering', 'Aucun objectif à piloter', link('Écrire les objectifs'));
  await tab('Risques').click();
  await expectEmpty(page, 'plan-risks', 'Aucun risque identifié', main.getByRole('textbox', { name: 'Nouveau risque' }));
  await expect(main.getByRole('table', { name: 'Registre des risques' })).toHaveCount(0);
  // « Créer la première action » from another view: back to the table, the title field focused.
  await tab('Kanban').click();
  await button('Créer la première action').click();
  await expect(tab('Tableau')).toHaveAttribute('aria-selected', 'true');
  await expect(main.getByRole('textbox', { name: 'Intitulé' })).toBeFocused();

  // Each deliverable would come out empty: each says where to start.
  await engagement.goToSection('Livrables');
  await expect(main.locator('.deliverable-picker__empty')).toHaveCount(7);
  await expect(page.getByTestId('empty-source-audit').getByRole('link', { name: 'noter l’audit' })).toHaveAttribute('href', /\/audit$/);
  await expectEmpty(page, 'deliverables', 'Aucun export pour l’instant', button('Tout exporter'), true);

  // An interview just created: the guide beside the notes, then minutes that wait for tagged notes.
  await engagement.goToSection('Entretien');
  await button('Nouvel entretien').click();
  await expect(main.getByRole('heading', { name: 'Guide d’entretien' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('empty-interview-guide.png'), fullPage: true });
  await tab('Compte-rendu').click();
  await expectEmpty(page, 'interview-minutes', 'Rien à mettre au compte-rendu pour l’instant', button('Aller à la prise de notes'), true);
  await button('Aller à la prise de notes').click();
  await expect(tab('Prise de notes')).toHaveAttribute('aria-selected', 'true');

  // The same empty views in English (the language is the workspace's: set back to French at the end).
  // In the dark theme this time: the empty states' frames and links read there too.
  const language = page.getByRole('group', { name: /Langue de l’interface|Interface language/ });
  await page.emulateMedia({ colorScheme: 'dark' });
  await language.getByRole('button', { name: 'English' }).click();
  try {
    await tab('Minutes').click();
    await expectEmpty(page, 'interview-minutes-en', 'Nothing for the minutes yet', button('Go to note taking'));
    await engagement.goToSection('Objectives');
    await expectEmpty(page, 'objectives-en', 'No objective yet', button('Write the first objective'));
    await engagement.goToSection('Audit');
    await tab('Summary').click();
    await expectEmpty(page, 'audit-synthesis-en', 'Nothing to summarise yet', button('Score in the audit grid'));
    await engagement.goToSection('Benchmark');
    await tab('Comparison').click();
    await expectEmpty(page, 'benchmark-chart-en', 'Nothing to compare yet', button('Add competitors'));
    await engagement.goToSection('Action plan');
    await expectEmpty(page, 'plan-table-en', 'No action yet', button('Create the first action'));
    await tab('Budget').click();
    await expectEmpty(page, 'plan-budget-en', 'No budget to break down', button('Create the first action'), true);
    await tab('Steering').click();
    await expectEmpty(page, 'plan-steering-en', 'No objective to steer', link('Write the objectives'));
    await engagement.goToSection('Overview');
    await expectEmpty(page, 'overview-en', 'No action planned yet.', link('Build the action plan'), true);
    // The steps read the counts again: the interview created above has started step 1.
    await expect(main.locator('.step-list__item--started')).toHaveCount(1);
    await expect(main.locator('.step-list__item--started')).toContainText('Discovery interview');
  } finally {
    await page.emulateMedia({ colorScheme: 'light' });
    await language.getByRole('button', { name: 'Français' }).click();
    await expect(engagement.nav).toContainText('Vue d’ensemble');
  }
});
