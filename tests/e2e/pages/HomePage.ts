import { expect, type Locator, type Page } from '@playwright/test';
import { launchPath } from '../support';

/** The home screen: recents, « Nouvelle mission », « Ouvrir… », language switch. */
export class HomePage {
  readonly heading: Locator;
  readonly newEngagementButton: Locator;
  readonly openButton: Locator;
  readonly recents: Locator;
  /** The list with its view switch, search, filters and sort. */
  readonly library: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.newEngagementButton = page
      .getByRole('main')
      .getByRole('button', { name: /^(Nouvelle mission|New engagement)$/ })
      .first();
    this.openButton = page
      .getByRole('main')
      .getByRole('button', { name: /^(Ouvrir…|Open…)$/ })
      .first();
    this.recents = page.getByTestId('recent-engagement');
    this.library = page.getByTestId('engagement-library');
  }

  /** First load: the bridge's launch URL, token in the fragment. */
  async launch(): Promise<void> {
    await this.page.goto(launchPath);
    await this.expectLoaded();
  }

  async goHome(): Promise<void> {
    await this.page.goto('/#/');
    await this.expectLoaded();
  }

  async expectLoaded(title: RegExp = /Vos missions|Your engagements/): Promise<void> {
    await expect(this.heading).toHaveText(title);
  }

  async setLanguage(lang: 'fr' | 'en'): Promise<void> {
    const group = this.page.getByRole('group', { name: /Langue de l’interface|Interface language/ });
    await group.getByRole('button', { name: lang === 'fr' ? 'Français' : 'English' }).click();
    await this.expectLoaded(lang === 'fr' ? /Vos missions/ : /Your engagements/);
  }

  recent(clientName: string): Locator {
    return this.recents.filter({ hasText: clientName });
  }

  async openRecent(clientName: string): Promise<void> {
    await this.recent(clientName)
      .getByRole('button', { name: new RegExp(`(Ouvrir la mission|Open the engagement) ${clientName}`) })
      .click();
  }

  async createEngagement(input: {
    clientName: string;
    title?: string;
    sector?: string;
    startDate?: string;
    endDate?: string;
    budget?: string;
  }): Promise<void> {
    await this.newEngagementButton.click();
    const dialog = this.page.getByRole('dialog', { name: 'Nouvelle mission' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Client').fill(input.clientName);
    if (input.title) await dialog.getByLabel('Intitulé de la mission').fill(input.title);
    if (input.sector) await dialog.getByLabel('Secteur d’activité').fill(input.sector);
    if (input.startDate) await dialog.getByLabel('Début').fill(input.startDate);
    if (input.endDate) await dialog.getByLabel('Fin prévue').fill(input.endDate);
    if (input.budget) await dialog.getByLabel('Enveloppe budgétaire (HT)').fill(input.budget);
    await dialog.getByRole('button', { name: 'Créer la mission' }).click();
    await expect(dialog).toBeHidden();
  }
}
