import { expect, type Locator, type Page } from '@playwright/test';

/** The browser mode's « Ouvrir une mission » dialog. */
export class OpenDialog {
  readonly root: Locator;
  readonly files: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('dialog', { name: /Ouvrir une mission|Open an engagement/ });
    this.files = this.root.getByRole('list', { name: /Fichiers de missions|Engagement files/ }).getByRole('button');
  }

  async expectOpen(): Promise<void> {
    await expect(this.root).toBeVisible();
  }

  async openFile(fileName: string): Promise<void> {
    await this.files.filter({ hasText: fileName }).click();
  }

  async openPath(path: string): Promise<void> {
    await this.root.getByLabel(/chemin complet|full path/).fill(path);
    await this.root.getByRole('button', { name: /Ouvrir ce fichier|Open this file/ }).click();
  }

  errorBanner(): Locator {
    return this.root.getByRole('alert');
  }
}
