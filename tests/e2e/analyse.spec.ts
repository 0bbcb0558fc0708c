import { openDemoEngagement } from './pages/demoEngagement';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { AnalysePage } from './pages/AnalysePage';
import { EngagementPage } from './pages/EngagementPage';
import { HomePage } from './pages/HomePage';
import { screenshotPath } from './support';

const CLIENT = 'Fromagerie Lacombe';
const CHANNELS = ['Site web', 'Référencement naturel', 'SEA', 'Réseaux sociaux — Facebook', 'Réseaux sociaux — Instagram', 'Réseaux sociaux — LinkedIn'];
const COMPETITORS = ['Crèmerie Vasseur', 'Affinage Rolland', 'La Cave à Fromages', 'Maison Perrin', 'Fromages & Terroir'];
const PERSONAS = ['Hélène', 'Karim', 'Juliette'];

const png = (colour: string, width = 800, height = 500) => sharp({ create: { width, height, channels: 3, background: colour } }).png().toBuffer();

test('analyse: a 6-channel audit, a 5-competitor benchmark and 3 personas with photos, all kept after reload', async ({ page }) => {
  test.setTimeout(180_000);
  const home = new HomePage(page);
  const engagement = new EngagementPage(page);
  const analyse = new AnalysePage(page);
  await home.launch();
  await home.createEngagement({ clientName: CLIENT, title: 'Présence digitale 2026' });

  // Audit: six channels scored, each with a strength and an improvement; one screenshot.
  await engagement.goToSection('Audit');
  await expect(page.getByRole('heading', { level: 1, name: 'Audit de présence digitale' })).toBeVisible();
  for (const [i, name] of CHANNELS.entries()) {
    await analyse.channel(name).click();
    const scores = analyse.criterionScores();
    const count = await scores.count();
    for (let k = 0; k < count; k += 1) await scores.nth(k).selectOption(k === count - 1 && i % 2 === 1 ? 'na' : String((i + k) % 6));
    await analyse.enter('Nouveau point fort, puis Entrée', `Point fort ${i + 1}`);
    await analyse.enter('Nouvel axe d’amélioration, puis Entrée', `Axe ${i + 1}`);
    await expect(analyse.channel(name)).not.toContainText('non noté');
  }
  await analyse.channel('Site web').click();
  await analyse.attachImage(/capture d’écran/, await png('#3b6ea5'), 'accueil.png');
  await expect(analyse.main.locator('.screenshot img')).toHaveCount(1);
  await engagement.expectSaved();
  // A file that is not a picture is refused at the drop zone itself, in French; nothing is added.
  await analyse.attachFile(/capture d’écran/, { name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('%PDF-1.7 pas une image') });
  await expect(analyse.refusalAt(/capture d’écran/)).toHaveText('Cette image n’est pas dans un format pris en charge (PNG, JPEG, WebP ou GIF).');
  await expect(analyse.main.locator('.screenshot img')).toHaveCount(1);
  await analyse.attachImage(/capture d’écran/, await png('#a53b6e'), 'panier.png');
  await expect(analyse.refusalAt(/capture d’écran/)).toHaveCount(0);
  await expect(analyse.main.locator('.screenshot img')).toHaveCount(2);
  await analyse.main.getByRole('button', { name: 'Retirer la capture' }).last().click();
  await expect(analyse.main.locator('.screenshot img')).toHaveCount(1);

  // Reorder from the keyboard-reachable arrows: SEA before the SEO channel.
  const channelItems = analyse.main.getByRole('navigation', { name: 'Canaux' }).getByRole('listitem');
  await analyse.main.getByRole('button', { name: 'Monter SEA' }).click();
  await expect(channelItems.nth(1)).toContainText('SEA');
  await expect(channelItems.nth(2)).toContainText('Référencement naturel');

  await analyse.tab('Synthèse').click();
  const auditChart = page.getByTestId('audit-chart');
  await expect(auditChart).toHaveAttribute('data-series', '1');
  await expect(auditChart.locator('.recharts-radar')).toHaveCount(1);
  await expect(auditChart.locator('.recharts-polar-angle-axis-tick')).toHaveCount(6);
  await expect(auditChart.getByRole('table').locator('tbody tr')).toHaveCount(6);

  // Benchmark: five competitors, no warning; a sixth brings the warning.
  await engagement.goToSection('Benchmark');
  for (const name of COMPETITORS) await analyse.enter('Nouveau concurrent, puis Entrée', name);
  await expect(analyse.competitors()).toHaveCount(5);
  await expect(page.getByTestId('too-many-competitors')).toHaveCount(0);
  await analyse.enter('Nouveau concurrent, puis Entrée', 'Sixième Fromager');
  await expect(page.getByTestId('too-many-competitors')).toContainText('4 à 5 concurrents');
  await analyse.main.getByRole('button', { name: 'Supprimer Sixième Fromager' }).click();
  await expect(page.getByTestId('too-many-competitors')).toHaveCount(0);
  await analyse.tab('Grille').click();
  for (const [i, name] of COMPETITORS.entries()) {
    await analyse.main.getByRole('combobox', { name: `${name} — Ergonomie et navigation (UX)` }).selectOption(String(5 - i));
    await analyse.main.getByRole('combobox', { name: `${name} — Clarté de la proposition de valeur` }).selectOption(String(i % 6));
  }
  await engagement.expectSaved();
  // A cell's observation: what was seen and when; an old one is flagged for review.
  await expect(page.getByTestId('stale-observations')).toHaveCount(0);
  await analyse.main.getByRole('button', { name: /^Observation et date : Crèmerie Vasseur — Ergonomie et navigation \(UX\)/ }).click();
  const observation = page.getByRole('dialog');
  await observation.getByRole('textbox', { name: 'Observation' }).fill('Menu clair, recherche visible');
  await observation.getByLabel('Observé le').fill('2025-03-10');
  await observation.getByRole('button', { name: 'Terminé' }).click();
  await expect(page.getByTestId('stale-observations')).toContainText('1 observation date de plus de 6 mois');
  await expect(analyse.main.getByRole('button', { name: /^Observation et date : Crèmerie Vasseur — Ergonomie et navigation \(UX\), observé en mars 2025, ancien, à revoir, avec une note/ })).toBeVisible();
  // Reorder competitors: the grid's columns follow.
  await analyse.tab('Concurrents').click();
  await analyse.main.getByRole('button', { name: 'Descendre Crèmerie Vasseur' }).click();
  await expect(analyse.competitors().first().getByRole('button', { name: 'Supprimer Affinage Rolland' })).toBeVisible();
  // An audience figure typed by hand, with the date it was read.
  await analyse.tab('Audience').click();
  const metricForm = analyse.main.getByRole('form', { name: 'Saisir une mesure' });
  await metricForm.getByLabel('Concurrent').selectOption({ label: 'Maison Perrin' });
  await metricForm.getByLabel('Indicateur').fill('Abonnés');
  await expect(metricForm.getByLabel('Unité')).toHaveValue('abonnés');
  await metricForm.getByLabel('Réseau ou canal').fill('Instagram');
  await metricForm.getByLabel('Valeur').fill('12 400');
  await metricForm.getByLabel('Observé le').fill('2026-10-02');
  await metricForm.getByRole('button', { name: 'Ajouter la mesure' }).click();
  const audience = analyse.main.getByRole('table', { name: 'Audience des concurrents' });
  await expect(audience.getByRole('row')).toHaveCount(2);
  await expect(audience).toContainText(/Maison Perrin\s*Abonnés · Instagram\s*12\s400\sabonnés/);
  await expect(metricForm.getByLabel('Indicateur')).toHaveValue('');
  await engagement.expectSaved();
  await analyse.tab('Comparaison').click();
  const benchChart = page.getByTestId('benchmark-chart');
  await expect(benchChart).toHaveAttribute('data-series', '6');
  await expect(benchChart.locator('.recharts-bar')).toHaveCount(6);
  await expect(analyse.main.getByRole('region', { name: 'Classement par critère' }).or(analyse.main.getByText('Classement par critère'))).toBeVisible();

  // Personas: three, each with a photo.
  await engagement.goToSection('Personas');
  await expect(analyse.main.getByText('Aucun persona')).toBeVisible();
  for (const [i, name] of PERSONAS.entries()) {
    await analyse.enter('Nom du nouveau persona, puis Entrée', name, { staysOpen: false });
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await analyse.attachImage(`Photo de ${name} : collez, déposez ou choisissez une image`, await png(['#c0392b', '#16a085', '#8e44ad'][i]!, 400, 400), `${name}.png`);
    await expect(analyse.main.locator('.persona-editor__photo img')).toBeVisible();
    if (i === 0) {
      // Too heavy: said beside the photo, and the photo already there stays.
      const photoZone = `Photo de ${name} : collez, déposez ou choisissez une image`;
      await analyse.dropGeneratedFile(photoZone, { name: 'raw.png', type: 'image/png', bytes: 21 * 1024 * 1024 });
      await expect(analyse.refusalAt(photoZone)).toHaveText(/trop lourde \(21 Mo\).*20 Mo/);
      await expect(analyse.main.locator('.persona-editor__photo img')).toBeVisible();
      await page.screenshot({ path: screenshotPath('image-refused-fr.png') });
    }
    await analyse.main.getByRole('textbox', { name: 'Métier', exact: true }).fill(['Cheffe de cuisine', 'Caviste', 'Étudiante'][i]!);
    await engagement.expectSaved();
    await analyse.main.getByRole('button', { name: /Tous les personas/ }).click();
  }
  await expect(analyse.personaCards()).toHaveCount(3);
  await expect(analyse.personaCards().locator('img')).toHaveCount(3);

  // Reload: everything comes back from the file.
  await page.reload();
  await expect(analyse.personaCards()).toHaveCount(3);
  await expect(analyse.personaCards().locator('img')).toHaveCount(3);
  await expect(analyse.personaCards().first()).toContainText('Cheffe de cuisine');
  await engagement.goToSection('Benchmark');
  await expect(analyse.competitors()).toHaveCount(5);
  await expect(analyse.competitors().first().getByRole('button', { name: 'Supprimer Affinage Rolland' })).toBeVisible();
  await analyse.tab('Comparaison').click();
  await expect(page.getByTestId('benchmark-chart').locator('.recharts-bar')).toHaveCount(6);
  await analyse.tab('Grille').click();
  await expect(analyse.main.getByRole('button', { name: /Crèmerie Vasseur — Ergonomie et navigation \(UX\), observé en mars 2025, ancien, à revoir, avec une note/ })).toBeVisible();
  await analyse.tab('Audience').click();
  await expect(analyse.main.getByRole('table', { name: 'Audience des concurrents' })).toContainText('Maison Perrin');
  await engagement.goToSection('Audit');
  await expect(channelItems.nth(1)).toContainText('SEA');
  for (const name of CHANNELS) await expect(analyse.channel(name)).not.toContainText('non noté');
  await expect(analyse.main.getByText('Point fort 1')).toBeVisible();
  await expect(analyse.main.getByText('Axe 1')).toBeVisible();
  await expect(analyse.main.locator('.screenshot img')).toHaveCount(1);
  await analyse.tab('SWOT').click();
  await expect(page.getByTestId('swot').locator('li')).toHaveCount(12);
});

test('analyse screens of the demo engagement, in French', async ({ page }) => {
  test.setTimeout(120_000);
  const { engagement } = await openDemoEngagement(page, 'analyse');
  const analyse = new AnalysePage(page);

  await engagement.goToSection('Audit');
  await expect(analyse.main.locator('.screenshot img').first()).toBeVisible();
  await page.screenshot({ path: screenshotPath('audit-fr.png'), fullPage: true });
  await analyse.tab('Synthèse').click();
  await expect(page.getByTestId('audit-chart').locator('.recharts-radar')).toHaveCount(1);
  await page.screenshot({ path: screenshotPath('audit-synthesis-fr.png'), fullPage: true });
  await analyse.tab('SWOT').click();
  await page.screenshot({ path: screenshotPath('audit-swot-fr.png'), fullPage: true });

  await engagement.goToSection('Benchmark');
  await expect(analyse.competitors()).toHaveCount(5);
  await analyse.tab('Comparaison').click();
  await expect(page.getByTestId('benchmark-chart').locator('.recharts-bar')).toHaveCount(6);
  await page.screenshot({ path: screenshotPath('benchmark-fr.png'), fullPage: true });
  await analyse.tab('Grille').click();
  await page.screenshot({ path: screenshotPath('benchmark-grid-fr.png'), fullPage: true });
  await analyse.tab('Audience').click();
  await expect(analyse.main.getByRole('form', { name: 'Saisir une mesure' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('benchmark-audience-fr.png'), fullPage: true });
  await analyse.tab('Enseignements').click();
  await page.screenshot({ path: screenshotPath('benchmark-learnings-fr.png'), fullPage: true });
  await analyse.tab('Concurrents').click();
  await page.screenshot({ path: screenshotPath('benchmark-competitors-fr.png'), fullPage: true });

  await engagement.goToSection('Personas');
  await expect(analyse.personaCards()).toHaveCount(3);
  await expect(analyse.personaCards().locator('img')).toHaveCount(3);
  await page.screenshot({ path: screenshotPath('personas-fr.png'), fullPage: true });
  await analyse.personaCards().first().click();
  await page.screenshot({ path: screenshotPath('persona-detail-fr.png'), fullPage: true });
});

test('a persona sheet links plan actions and takes a #persona note as a trait, both kept after reload', async ({ page }) => {
  test.setTimeout(120_000);
  const { engagement } = await openDemoEngagement(page, 'analyse-links');
  const analyse = new AnalysePage(page);
  await engagement.goToSection('Personas');
  await analyse.personaCards().filter({ hasText: 'Sophie' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Sophie/ })).toBeVisible();

  // Actions: tick one of the plan's actions for this persona.
  const actions = analyse.main.getByRole('list', { name: 'Actions du plan' });
  const unticked = actions.getByRole('listitem').filter({ has: page.locator('input:not(:checked)') }).first();
  const title = (await unticked.innerText()).split(' · ')[0]!.trim();
  const chosen = actions.getByRole('listitem').filter({ hasText: title }).getByRole('checkbox');
  await chosen.click();
  await expect(chosen).toBeChecked();
  await engagement.expectSaved();

  // A #persona note from the workshop becomes a frustration of the persona; the note stays linked.
  const note = analyse.main.locator('.persona-note').filter({ hasText: 'les paysagistes veulent des fiches techniques' });
  await note.getByLabel('Comme').selectOption({ label: 'Frustrations' });
  await note.getByRole('button', { name: /^Ajouter au persona la note/ }).click();
  await expect(note).toContainText('Déjà reprise');
  await expect(analyse.main.getByRole('region', { name: 'Frustrations' })).toContainText('les paysagistes veulent des fiches techniques');
  await expect(analyse.main.getByText('Nourri par les notes')).toBeVisible();
  await engagement.expectSaved();
  await page.screenshot({ path: screenshotPath('persona-links-fr.png'), fullPage: true });

  await page.reload();
  await analyse.personaCards().filter({ hasText: 'Sophie' }).click();
  await expect(analyse.main.getByRole('list', { name: 'Actions du plan' }).getByRole('listitem').filter({ hasText: title }).getByRole('checkbox')).toBeChecked();
  await expect(analyse.main.getByRole('region', { name: 'Frustrations' })).toContainText('les paysagistes veulent des fiches techniques');
  await expect(analyse.main.locator('.persona-note').filter({ hasText: 'les paysagistes veulent des fiches techniques' })).toContainText('Déjà reprise');
});
