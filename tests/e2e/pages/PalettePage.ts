import { expect, type Locator, type Page } from '@playwright/test';

/** The command palette (Ctrl+K) and the Aide dialog. */
export class PalettePage {
  readonly dialog: Locator;
  readonly input: Locator;
  readonly options: Locator;
  readonly help: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /Palette de commandes|Command palette/ });
    this.input = this.dialog.getByRole('combobox');
    this.options = this.dialog.getByRole('option');
    this.help = page.getByRole('dialog', { name: /Aide : raccourcis clavier|Help: keyboard shortcuts/ });
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('Control+k');
    await expect(this.input).toBeFocused();
  }

  async type(text: string): Promise<void> {
    await this.input.fill(text);
  }

  option(text: string | RegExp): Locator {
    return this.options.filter({ hasText: text });
  }

  /** The option chosen with the arrows, as assistive technology is told (aria-activedescendant). */
  async active(): Promise<Locator> {
    const id = await this.input.getAttribute('aria-activedescendant');
    expect(id).toBeTruthy();
    return this.dialog.locator(`[id="${id}"]`);
  }
}
