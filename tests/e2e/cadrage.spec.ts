import { expect, test } from '@playwright/test';
import { CadragePage } from './pages/CadragePage';
import { EngagementPage } from './pages/EngagementPage';
import { HomePage } from './pages/HomePage';
import { E2E_TOKEN, screenshotPath } from './support';

const CLIENT = 'Maison Deltour';

/** 25 notes as a consultant types them during a discovery interview (original text). */
const NOTES = [
  'Maison Deltour fabrique des luminaires en laiton depuis 1962 #histoire',
  'Trois ateliers, 28 salariés, vente aux architectes et aux particuliers',
  'Le site actuel date de 2016 et ne sert que de vitrine #besoin',
  'Les architectes demandent des fiches techniques téléchargeables #besoin',
  'Doubler les demandes de devis venues du site en un an #objectif',
  'Lumen & Co vend en ligne avec configurateur 3D #concurrent',
  'Instagram tenu par la gérante, 2 400 abonnés, pas de rythme #constraint',
  'Budget annuel envisagé autour de 25 000 € HT #budget',
  'Salon Maison&Objet en septembre : tout doit être prêt avant #délai',
  'Atteindre 5 000 abonnés Instagram avant le salon #objectif',
  'Les particuliers trouvent la marque par le bouche-à-oreille #persona',
  'Peur de perdre le côté artisanal en vendant en ligne #risque',
  'Idée : des vidéos courtes des artisans au travail #idée',
  'Le directeur commercial valide les dépenses au-delà de 3 000 € #decision',
  'Pas de boutique en ligne la première année #décision',
  'Refaire les photos produits en priorité #suite',
  'Le stock n’est pas synchronisé entre les ateliers #contrainte',
  'Envoyer les accès Google Analytics et Search Console #next',
  'Taux de conversion du formulaire estimé sous 1 % #need',
  'Éclairages Vidal très présents sur Pinterest #competitor',
  'Cible prioritaire : architectes d’intérieur en Île-de-France #persona',
  'Délais de fabrication de six semaines à annoncer clairement #deadline',
  'Le fils du fondateur reprendra l’entreprise en 2028 #risk',
  'Newsletter trimestrielle abandonnée faute de temps #idea',
  'Prochain point le 14 avril avec la direction #suite',
];

test('cadrage: 25 tagged notes, conversions, a SMART objective, all kept after reload with both link directions', async ({ page, request }) => {
  test.setTimeout(180_000);
  const home = new HomePage(page);
  const engagement = new EngagementPage(page);
  const cadrage = new CadragePage(page);

  await home.launch();
  await home.createEngagement({ clientName: CLIENT, title: 'Stratégie digitale 2026' });
  await engagement.expectOverview(CLIENT, 'Stratégie digitale 2026');
  const engagementId = /#\/e\/([^/]+)\//.exec(page.url())![1]!;

  // From here on, the keyboard only.
  await cadrage.goToSection(/^Entretien/);
  await cadrage.tabTo(page.getByRole('main').getByRole('button', { name: 'Nouvel entretien' }));
  await page.keyboard.press('Enter');
  await expect(cadrage.captureBox).toBeFocused();

  // Put the first notes under the guide's first question and tick it covered.
  await page.keyboard.press('Alt+PageDown');
  await expect(page.getByText(/^Rattachée à\s:\sQ1/)).toBeVisible();
  for (const [i, text] of NOTES.entries()) {
    if (i === 2) {
      await page.keyboard.press('Alt+Enter');
      await page.keyboard.press('Alt+PageDown');
    }
    await cadrage.typeNote(text);
  }
  await cadrage.expectSavedNotes(25);
  await expect(cadrage.note('Doubler les demandes de devis')).toContainText('Objectif');
  await expect(page.getByRole('checkbox', { name: /Question traitée : Q1$/ })).toBeChecked();

  // Alt+1 tags the last note « Besoin »; autocompletion completes « #conc » into « #concurrent ».
  await page.keyboard.press('Alt+1');
  await expect(cadrage.note('Prochain point le 14 avril')).toContainText('Besoin');
  await page.keyboard.press('Alt+1');
  await expect(cadrage.note('Prochain point le 14 avril')).not.toContainText('Besoin');

  // Convert two objective notes and one competitor note (the selection starts on the last note).
  await cadrage.convertNote(-15, /^Objectif$/); // note 10
  await expect(cadrage.note('Atteindre 5 000 abonnés')).toContainText(/→ Objectif\s: Atteindre 5 000 abonnés Instagram avant le salon/);
  await cadrage.convertNote(-5, /^Objectif$/); // note 5
  await expect(cadrage.note('Doubler les demandes de devis')).toContainText(/→ Objectif\s: Doubler les demandes de devis venues du site en un an/);
  await cadrage.convertNote(1, /^Concurrent$/); // note 6
  await expect(cadrage.note('Lumen & Co')).toContainText(/→ Concurrent\s: Lumen & Co vend en ligne avec configurateur 3D/);

  // Filter by tag with counts, then clear.
  await expect(page.getByRole('button', { name: /^Objectif\s2$/ })).toBeVisible();
  await page.keyboard.type('en cours : #conc');
  await expect(page.getByRole('option', { name: /#concurrent/ })).toBeVisible();
  await page.screenshot({ path: screenshotPath('interview-capture-fr.png'), fullPage: false });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');

  // Objectives: complete the SMART fields of one objective.
  await cadrage.goToSection(/^Objectifs/);
  const goal = cadrage.objective('Doubler les demandes de devis venues du site en un an');
  // The source note is quoted by a <q> (« » drawn by the stylesheet in French, so not in the text).
  await expect(goal.locator('.objective__source q')).toHaveText('Doubler les demandes de devis venues du site en un an');
  expect(await goal.locator('.objective__source q').evaluate((q) => getComputedStyle(q).quotes)).toContain('«');
  await cadrage.tabTo(goal.getByRole('button', { name: 'Compléter' }));
  await page.keyboard.press('Enter');
  await cadrage.typeInField(goal, 'Spécifique : précisément quoi, pour qui ?', 'Demandes de devis reçues par le formulaire, architectes et particuliers');
  await cadrage.tabTo(goal.getByLabel('Indicateur (KPI)'));
  await page.keyboard.type('Leads');
  await cadrage.typeInField(goal, 'Valeur de départ', '12');
  await cadrage.typeInField(goal, 'Cible', '24');
  await cadrage.typeInField(goal, 'Atteignable : avec quels moyens ?', 'Fiches techniques téléchargeables et page devis refaite');
  await cadrage.typeInField(goal, 'Réaliste : pourquoi c’est crédible', 'Les architectes demandent déjà ces documents par téléphone');
  await cadrage.typeInField(goal, 'Échéance', '31032027');
  await cadrage.typeInField(goal, 'Responsable côté client', 'Directeur commercial');
  await page.keyboard.press('Tab');
  await expect(goal.locator('.smart-letter--ok')).toHaveCount(5);
  await engagement.expectSaved();
  await expect(page.getByRole('region', { name: 'État SMART' })).toContainText('1 sur 2 objectifs complets');
  await cadrage.tabTo(goal.getByRole('button', { name: 'Replier' }));
  await page.keyboard.press('Enter');
  await page.screenshot({ path: screenshotPath('objectives-smart-fr.png') });

  // Reload: everything is read back from the file.
  await page.reload();
  await expect(goal).toContainText('Leads');
  await expect(goal).toContainText(/12\s→\s24\scontacts\/mois/);
  await expect(goal.locator('.smart-letter--ok')).toHaveCount(5);
  const other = cadrage.objective('Atteindre 5 000 abonnés Instagram avant le salon');
  await expect(other.locator('.objective__source q')).toHaveText('Atteindre 5 000 abonnés Instagram avant le salon');
  await expect(other.locator('.objective__hint')).toBeVisible();

  await cadrage.goToSection(/^Entretien/);
  await cadrage.expectSavedNotes(25);
  await expect(cadrage.note('Atteindre 5 000 abonnés')).toContainText('→ Objectif');
  await expect(cadrage.note('Doubler les demandes de devis')).toContainText('→ Objectif');
  await expect(cadrage.note('Lumen & Co')).toContainText(/→ Concurrent\s: Lumen & Co/);
  // The competitor's side (its Benchmark screen is not built yet): read through the same API the screens use.
  const competitorLink = await cadrage.note('Lumen & Co').locator('[data-link^="competitor:"]').getAttribute('data-link');
  const trace = await request.post(`/api/trace%3Aitem`, {
    headers: { Authorization: `Bearer ${E2E_TOKEN}` },
    data: { engagementId, kind: 'competitor', id: Number(competitorLink!.split(':')[1]) },
  });
  expect((await trace.json()).value.from).toMatchObject([{ kind: 'note', label: 'Lumen & Co vend en ligne avec configurateur 3D' }]);

  // The minutes gather decisions and next steps.
  await cadrage.tabTo(page.getByRole('tab', { name: 'Prise de notes' }));
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('article', { name: 'Compte-rendu' })).toContainText('Pas de boutique en ligne la première année');
});

test('the interview screen in English', async ({ page }) => {
  const home = new HomePage(page);
  const cadrage = new CadragePage(page);
  await home.launch();
  await home.setLanguage('en');
  await home.openRecent(CLIENT);
  await cadrage.goToSection(/^Interview/);
  await cadrage.expectSavedNotes(25);
  await expect(page.getByRole('button', { name: /^Goal\s2$/ })).toBeVisible();
  await page.screenshot({ path: screenshotPath('interview-capture-en.png'), fullPage: false });
  await home.goHome();
  await home.setLanguage('fr');
});
