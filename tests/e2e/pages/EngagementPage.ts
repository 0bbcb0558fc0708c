import { expect, type Locator, type Page } from '@playwright/test';

/** Inside an engagement: the left navigation, the header, the overview. */
export class EngagementPage {
  readonly clientName: Locator;
  readonly closeButton: Locator;
  readonly saveStatus: Locator;
  readonly nav: Locator;

  constructor(private readonly page: Page) {
    this.clientName = page.getByTestId('engagement-client');
    this.closeButton = page.getByRole('button', { name: /^(Fermer la mission|Close engagement)$/ });
    this.saveStatus = page.locator('[data-save-status]');
    this.nav = page.getByRole('navigation', { name: /Sections de la mission|Engagement sections/ });
  }

  async expectOverview(clientName: string, title: string): Promise<void> {
    await expect(this.page).toHaveURL(/#\/e\/[^/]+\/overview$/);
    await expect(this.clientName).toHaveText(clientName);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(this.page.getByRole('region', { name: /Chiffres clés|Key figures/ })).toBeVisible();
  }

  async goToSection(label: string): Promise<void> {
    await this.nav.getByRole('link', { name: label }).click();
  }

  /** A text field of the page by its accessible name (a required marker is not part of it). */
  field(label: string): Locator {
    return this.page.getByRole('main').getByRole('textbox', { name: label, exact: true });
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveAttribute('data-save-status', 'saved');
  }

  async close(): Promise<void> {
    await this.closeButton.click();
  }
}
