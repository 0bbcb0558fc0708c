import { expect, type Locator, type Page } from '@playwright/test';

/** The analysis screens: audit, benchmark, personas (French labels). */
export class AnalysePage {
  readonly main: Locator;

  constructor(private readonly page: Page) {
    this.main = page.getByRole('main');
  }

  tab(name: string): Locator {
    return this.main.getByRole('tab', { name });
  }

  channel(name: string): Locator {
    return this.main.getByRole('navigation', { name: 'Canaux' }).getByRole('button', { name: new RegExp(`^${name}`) });
  }

  criterionScores(): Locator {
    return this.main.getByRole('combobox', { name: /^Note — / });
  }

  /** Quick entry: type, Enter. Unless the screen moves on (a new persona opens its sheet), the input clears. */
  async enter(label: string, text: string, { staysOpen = true } = {}): Promise<void> {
    const input = this.main.getByRole('textbox', { name: label, exact: true });
    await input.fill(text);
    await input.press('Enter');
    if (staysOpen) await expect(input).toHaveValue('');
  }

  /** Stands for a paste or a drop: the same component reads a chosen file. */
  async attachImage(dropLabel: string | RegExp, png: Buffer, name: string): Promise<void> {
    const drop = this.main.getByRole('button', { name: dropLabel });
    await drop.locator('input[type=file]').setInputFiles({ name, mimeType: 'image/png', buffer: png });
  }

  /** Any file given to a drop zone (a refused one included). */
  async attachFile(dropLabel: string | RegExp, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.main.getByRole('button', { name: dropLabel }).locator('input[type=file]').setInputFiles(file);
  }

  /** Drops a file made in the page (a large one costs nothing to send): the zone's drop path, as a consultant would use it. */
  async dropGeneratedFile(dropLabel: string | RegExp, file: { name: string; type: string; bytes: number }): Promise<void> {
    const zone = this.main.getByRole('button', { name: dropLabel });
    const dataTransfer = await this.page.evaluateHandle(({ name, type, bytes }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type }));
      return transfer;
    }, file);
    await zone.dispatchEvent('drop', { dataTransfer });
  }

  /** The refusal said beside a drop zone (it describes the zone for screen readers). */
  refusalAt(dropLabel: string | RegExp): Locator {
    return this.main.locator('.image-drop-field').filter({ has: this.page.getByRole('button', { name: dropLabel }) }).getByRole('alert');
  }

  competitors(): Locator {
    return this.main.getByTestId('competitor');
  }

  personaCards(): Locator {
    return this.main.getByTestId('persona-card');
  }
}
