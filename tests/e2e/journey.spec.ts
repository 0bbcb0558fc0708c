import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { readDocx } from './journey/readDocx';
import { AnalysePage } from './pages/AnalysePage';
import { CadragePage } from './pages/CadragePage';
import { EngagementPage } from './pages/EngagementPage';
import { HomePage } from './pages/HomePage';
import { PlanPage } from './pages/PlanPage';

/**
 * The whole consultant journey, from an empty engagement to the two Word files sent
 * to the client: every step through the screens (browser mode, Debian Chromium), a
 * screenshot of each kept in test-results/journey/, and both .docx read back.
 */
const CLIENT = 'Céramiques Sorel';
const TITLE = 'Stratégie digitale 2027';

/** What the consultant types during the discovery interview (the selection ends on the last note). */
const NOTES = [
  'Atelier de céramique culinaire à Limoges depuis 1987, 14 salariés #histoire',
  'Les ventes en ligne pèsent 8 % du chiffre d’affaires #besoin',
  'Le site ne dit rien des délais de fabrication #besoin',
  'Budget digital annuel autour de 30 000 € HT #budget',
  'La gérante valide toute dépense au-delà de 2 000 € #décision',
  'Cible : restaurateurs et chefs qui renouvellent leur vaisselle #persona',
  'Terre & Table vend aux restaurateurs avec un configurateur #concurrent',
  'Doubler les commandes en ligne en douze mois #objectif',
  'Recruter 40 restaurateurs clients par le site avant fin 2027 #objectif',
  'Envoyer les accès Google Analytics et Search Console #suite',
];
const OBJECTIVE_ORDERS = 'Doubler les commandes en ligne en douze mois';
const OBJECTIVE_CHEFS = 'Recruter 40 restaurateurs clients par le site';
const CHANNELS = ['Site web', 'Référencement naturel', 'Réseaux sociaux — Instagram', 'Réseaux sociaux — LinkedIn'];
const COMPETITORS = ['Terre & Table', 'Faïencerie Morel', 'Grès du Limousin', 'Maison Astier'];
const PERSONAS = [
  { name: 'Claire', job: 'Cheffe de cuisine', colour: '#a0522d' },
  { name: 'Marc', job: 'Acheteur en hôtellerie', colour: '#2f6f8f' },
];
/** Ten actions: title, channel, start, end, planned budget (€ HT). Total 27 500 €. */
const ACTIONS: [string, string, string, string, string][] = [
  ['Refonte de la fiche produit', 'Site web', '2027-01-11', '2027-02-19', '6000'],
  ['Page « délais de fabrication »', 'Site web', '2027-01-18', '2027-01-29', '800'],
  ['Audit technique SEO', 'Référencement naturel (SEO)', '2027-01-11', '2027-01-22', '1500'],
  ['Rédaction de 8 articles métiers', 'Référencement naturel (SEO)', '2027-02-01', '2027-04-30', '3200'],
  ['Shooting photo en cuisine', 'Réseaux sociaux — Instagram', '2027-02-08', '2027-02-12', '2500'],
  ['Calendrier éditorial Instagram', 'Réseaux sociaux — Instagram', '2027-02-15', '2027-06-30', '1800'],
  ['Campagne LinkedIn restaurateurs', 'Réseaux sociaux — LinkedIn', '2027-03-01', '2027-04-30', '4500'],
  ['Kit commercial téléchargeable', 'Site web', '2027-03-01', '2027-03-19', '1200'],
  ['Formulaire de devis professionnel', 'Site web', '2027-02-22', '2027-03-12', '3000'],
  ['Tableau de bord mensuel', 'Site web', '2027-03-15', '2027-03-26', '3000'],
];

const png = (colour: string) => sharp({ create: { width: 400, height: 400, channels: 3, background: colour } }).png().toBuffer();

test('the whole journey: from a new engagement to the report and the cahier des charges', async ({ page }) => {
  // 3.6 min measured with a load average of 20 on 2 cores; the margin is for such a runner.
  test.setTimeout(300_000);
  const home = new HomePage(page);
  const engagement = new EngagementPage(page);
  const cadrage = new CadragePage(page);
  const analyse = new AnalysePage(page);
  const plan = new PlanPage(page);
  let shot = 0;
  const snap = async (name: string) => {
    shot += 1;
    await page.screenshot({ path: `test-results/journey/${String(shot).padStart(2, '0')}-${name}.png`, fullPage: true });
  };

  await test.step('create the engagement', async () => {
    await home.launch();
    await home.createEngagement({ clientName: CLIENT, title: TITLE, sector: 'Arts de la table', startDate: '2027-01-04', endDate: '2027-06-30', budget: '30 000' });
    await engagement.expectOverview(CLIENT, TITLE);
    await snap('overview');
  });

  await test.step('take the interview notes, with tags', async () => {
    await engagement.goToSection('Entretien');
    await page.getByRole('main').getByRole('button', { name: 'Nouvel entretien' }).click();
    await expect(cadrage.captureBox).toBeFocused();
    for (const note of NOTES) await cadrage.typeNote(note);
    await cadrage.expectSavedNotes(NOTES.length);
    await expect(cadrage.note('Doubler les commandes')).toContainText('Objectif');
    await expect(cadrage.note('Terre & Table')).toContainText('Concurrent');
    await snap('interview-notes');
  });

  await test.step('convert notes into objectives and a competitor', async () => {
    await cadrage.convertNote(-1, /^Objectif$/, 'Recruter 40 restaurateurs clients par le site');
    await expect(cadrage.note('Recruter 40 restaurateurs')).toContainText(`→ Objectif`);
    await cadrage.convertNote(-1, /^Objectif$/, OBJECTIVE_ORDERS);
    await cadrage.convertNote(-1, /^Concurrent$/, 'Terre & Table');
    await expect(cadrage.note('vend aux restaurateurs')).toContainText(/→ Concurrent\s: Terre & Table/);
    await snap('interview-converted');
  });

  await test.step('write the SMART objectives', async () => {
    await engagement.goToSection('Objectifs');
    const smart = [
      { statement: OBJECTIVE_ORDERS, specific: 'Commandes passées sur la boutique en ligne, particuliers et professionnels', kpi: 'Chiffre d’affaires en ligne', baseline: '4000', target: '8000', deadline: '2027-12-31' },
      { statement: OBJECTIVE_CHEFS, specific: 'Restaurateurs qui passent une première commande par le formulaire pro', kpi: 'Leads (contacts qualifiés)', baseline: '5', target: '40', deadline: '2027-12-31' },
    ];
    for (const o of smart) {
      const card = cadrage.objective(o.statement);
      await card.getByRole('button', { name: 'Compléter' }).click();
      await card.getByLabel('Spécifique : précisément quoi, pour qui ?', { exact: true }).fill(o.specific);
      const kpi = card.getByRole('combobox', { name: 'Indicateur (KPI)' });
      await kpi.selectOption({ label: (await kpi.locator('option', { hasText: o.kpi }).first().textContent())! });
      await card.getByLabel('Valeur de départ', { exact: true }).fill(o.baseline);
      await card.getByLabel('Cible', { exact: true }).fill(o.target);
      await card.getByLabel('Atteignable : avec quels moyens ?', { exact: true }).fill('Fiches produits refaites et formulaire de devis professionnel');
      await card.getByLabel('Réaliste : pourquoi c’est crédible', { exact: true }).fill('Les restaurateurs demandent déjà ces informations par téléphone');
      await card.getByLabel('Échéance', { exact: true }).fill(o.deadline);
      await card.getByLabel('Responsable côté client', { exact: true }).fill('Hélène Sorel, gérante');
      await card.getByLabel('Responsable côté client', { exact: true }).press('Tab');
      await expect(card.locator('.smart-letter--ok')).toHaveCount(5);
      await engagement.expectSaved();
      await card.getByRole('button', { name: 'Replier' }).click();
    }
    await expect(page.getByRole('region', { name: 'État SMART' })).toContainText('2 sur 2 objectifs complets');
    await snap('objectives');
  });

  await test.step('audit four channels', async () => {
    await engagement.goToSection('Audit');
    for (const [i, name] of CHANNELS.entries()) {
      await analyse.channel(name).click();
      const scores = analyse.criterionScores();
      const count = await scores.count();
      for (let k = 0; k < count; k += 1) await scores.nth(k).selectOption(String(1 + ((i + k) % 5)));
      await analyse.enter('Nouveau point fort, puis Entrée', `${name} : un savoir-faire bien montré`);
      await analyse.enter('Nouvel axe d’amélioration, puis Entrée', `${name} : parler aux restaurateurs`);
      await expect(analyse.channel(name)).not.toContainText('non noté');
    }
    await engagement.expectSaved();
    await analyse.tab('Synthèse').click();
    await expect(page.getByTestId('audit-chart').locator('.recharts-radar')).toHaveCount(1);
    await expect(page.getByTestId('audit-chart').getByRole('table').locator('tbody tr')).toHaveCount(CHANNELS.length);
    await snap('audit-synthesis');
  });

  await test.step('benchmark four competitors', async () => {
    await engagement.goToSection('Benchmark');
    await expect(analyse.competitors()).toHaveCount(1);
    for (const name of COMPETITORS.slice(1)) await analyse.enter('Nouveau concurrent, puis Entrée', name);
    await expect(analyse.competitors()).toHaveCount(COMPETITORS.length);
    await analyse.tab('Grille').click();
    for (const [i, name] of COMPETITORS.entries()) {
      await analyse.main.getByRole('combobox', { name: `${name} — Ergonomie et navigation (UX)` }).selectOption(String(5 - i));
      await analyse.main.getByRole('combobox', { name: `${name} — Clarté de la proposition de valeur` }).selectOption(String(1 + i));
    }
    await engagement.expectSaved();
    await analyse.tab('Comparaison').click();
    await expect(page.getByTestId('benchmark-chart')).toHaveAttribute('data-series', String(COMPETITORS.length + 1));
    await snap('benchmark');
  });

  await test.step('create two personas', async () => {
    await engagement.goToSection('Personas');
    for (const persona of PERSONAS) {
      await analyse.enter('Nom du nouveau persona, puis Entrée', persona.name, { staysOpen: false });
      await expect(page.getByRole('heading', { level: 1, name: persona.name })).toBeVisible();
      await analyse.attachImage(`Photo de ${persona.name} : collez, déposez ou choisissez une image`, await png(persona.colour), `${persona.name}.png`);
      await expect(analyse.main.locator('.persona-editor__photo img')).toBeVisible();
      await analyse.main.getByRole('textbox', { name: 'Métier', exact: true }).fill(persona.job);
      await analyse.main.getByRole('textbox', { name: 'Métier', exact: true }).press('Tab');
      await engagement.expectSaved();
      await analyse.main.getByRole('button', { name: /Tous les personas/ }).click();
    }
    await expect(analyse.personaCards()).toHaveCount(2);
    await snap('personas');
  });

  await test.step('build a 10-action plan with its budget', async () => {
    await engagement.goToSection('Plan d’action');
    await plan.linkObjectives([OBJECTIVE_ORDERS, OBJECTIVE_CHEFS]);
    for (const [title, channel, start, end, budget] of ACTIONS) await plan.createAction({ title, channel, start, end, budget });
    await expect(page.getByTestId('action-row')).toHaveCount(ACTIONS.length);
    await snap('plan-table');
    await plan.tab('Budget');
    await expect(page.getByTestId('budget-planned')).toContainText(/27\s500/);
    await snap('plan-budget');
    await plan.tab('Calendrier');
    await expect(page.getByTestId('timeline-action')).toHaveCount(ACTIONS.length);
    await snap('plan-timeline');
  });

  await test.step('record the approval', async () => {
    await plan.tab('Validation');
    await page.getByRole('button', { name: 'Soumettre le plan à la direction' }).click();
    await page.getByRole('textbox', { name: 'Décidé par' }).fill('Hélène Sorel');
    await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await expect(page.getByTestId('plan-diff')).toContainText('Aucun écart');
    await snap('plan-approval');
  });

  const files = await test.step('export the strategy report and the cahier des charges', async () => {
    await engagement.goToSection('Livrables');
    const main = page.getByRole('main');
    await main.getByRole('checkbox', { name: /Rapport de stratégie digitale complet/ }).check();
    await main.getByRole('checkbox', { name: /Cahier des charges fonctionnel/ }).check();
    await main.getByRole('button', { name: 'Exporter les 2 livrables choisis' }).click();
    const result = main.getByRole('region', { name: /2 documents écrits/ });
    await expect(result).toBeVisible({ timeout: 120_000 });
    await snap('deliverables');
    const paths = await result.locator('.export-file__path').allTextContents();
    expect(paths).toHaveLength(2);
    return { report: paths.find((p) => p.includes('Stratégie digitale'))!, specification: paths.find((p) => p.includes('Cahier des charges'))! };
  });

  await test.step('read both Word files back', async () => {
    const report = await readDocx(files.report);
    expect(report.text).toContain(CLIENT);
    expect(report.headings).toEqual(
      expect.arrayContaining(['Synthèse', 'Contexte de la mission', 'Entretiens découverte', 'Audit de présence digitale', 'Benchmark concurrentiel', 'Personas', 'Objectifs SMART', 'Plan d’action']),
    );
    for (const name of [...COMPETITORS, ...PERSONAS.map((p) => p.name), ...ACTIONS.map((a) => a[0]), OBJECTIVE_ORDERS]) expect(report.text).toContain(name);
    // The audit radar, the benchmark bars, the timeline and the budget chart, plus the two persona photos.
    expect(report.chartImages, `charts in ${files.report}`).toBeGreaterThanOrEqual(4);
    expect(report.images).toBeGreaterThanOrEqual(report.chartImages + PERSONAS.length);

    const specification = await readDocx(files.specification);
    expect(specification.text).toContain(CLIENT);
    expect(specification.headings).toEqual(expect.arrayContaining(['Contexte de la mission', 'Objectifs SMART', 'Personas']));
    for (const name of [OBJECTIVE_ORDERS, ...PERSONAS.map((p) => p.name)]) expect(specification.text).toContain(name);
    // The planning chart by phase, plus the two persona photos.
    expect(specification.chartImages, `charts in ${files.specification}`).toBeGreaterThanOrEqual(1);
    expect(specification.images).toBeGreaterThanOrEqual(specification.chartImages + PERSONAS.length);
  });
});
