import { expect, test } from '@playwright/test';
import { EngagementPage } from './pages/EngagementPage';
import { HomePage } from './pages/HomePage';
import { screenshotPath } from './support';

const CLIENT = 'Boulangerie Martin';
const TITLE = 'Stratégie digitale 2025';

test.describe('engagement lifecycle (browser mode)', () => {
  test('create from home, see the overview, close, reopen from recents', async ({ page }) => {
    const home = new HomePage(page);
    const engagement = new EngagementPage(page);

    await home.launch();
    // The token left the address bar once read.
    await expect(page).toHaveURL(/#\/$/);
    // First launch: the welcome screen offers the demo, a branding profile and a first engagement.
    const welcome = page.getByRole('region', { name: 'Bienvenue dans Orchestre' });
    await expect(welcome).toBeVisible();
    for (const action of ['Ouvrir l’exemple', 'Créer un profil de marque', 'Nouvelle mission']) {
      await expect(welcome.getByRole('button', { name: action })).toBeVisible();
    }
    await expect(welcome.getByRole('button', { name: 'Ne plus afficher' })).toBeVisible();
    await page.screenshot({ path: screenshotPath('onboarding-fr.png'), fullPage: true });

    await home.createEngagement({
      clientName: CLIENT,
      title: TITLE,
      sector: 'Artisanat alimentaire',
      startDate: '2025-03-03',
      endDate: '2025-06-27',
      budget: '12 500',
    });
    await engagement.expectOverview(CLIENT, TITLE);
    await expect(page.getByTestId('budget-envelope')).toHaveText(/12\s500\s€/);
    await page.screenshot({ path: screenshotPath('overview-fr.png'), fullPage: true });

    // An edit saves itself: the header reads « Enregistrement… » then « Enregistré ».
    await engagement.field('Ville').fill('Lyon');
    await engagement.field('Ville').blur();
    await engagement.expectSaved();
    await expect(engagement.saveStatus).toHaveText('Enregistré');

    // The audit section opens with the default grid of a new engagement.
    await engagement.goToSection('Audit');
    await expect(page.getByRole('heading', { level: 1, name: 'Audit de présence digitale' })).toBeVisible();

    await engagement.close();
    await home.expectLoaded();
    await expect(home.recent(CLIENT)).toContainText(TITLE);
    // A first engagement of one's own ends the welcome screen.
    await expect(page.getByRole('region', { name: 'Bienvenue dans Orchestre' })).toHaveCount(0);
    await page.screenshot({ path: screenshotPath('home-fr.png'), fullPage: true });

    await home.openRecent(CLIENT);
    await engagement.expectOverview(CLIENT, TITLE);
    await expect(engagement.field('Ville')).toHaveValue('Lyon');
  });

  test('the home screen switches to English and back', async ({ page }) => {
    const home = new HomePage(page);
    await home.launch();
    await home.setLanguage('en');
    await expect(home.recent(CLIENT)).toBeVisible();
    await expect(home.newEngagementButton).toHaveText('New engagement');
    await page.screenshot({ path: screenshotPath('home-en.png'), fullPage: true });
    // The choice is remembered by the workspace.
    await page.reload();
    await home.expectLoaded(/Your engagements/);
    await home.setLanguage('fr');
  });
});
