import { expect, type Locator, type Page } from '@playwright/test';

/** The Entretien and Objectifs screens, driven from the keyboard. */
export class CadragePage {
  readonly captureBox: Locator;
  readonly notes: Locator;

  constructor(private readonly page: Page) {
    this.captureBox = page.getByRole('textbox', { name: /^(Nouvelle note|New note)$/ });
    this.notes = page.getByRole('list', { name: /Notes de l’entretien|Interview notes/ }).locator(':scope > li');
  }

  /** Presses Tab (or Shift+Tab when the target is above) until `target` has the focus, as a keyboard user would. */
  async tabTo(target: Locator, maxPresses = 120): Promise<void> {
    await target.waitFor();
    const backwards = await target.evaluate(
      (node) => !!document.activeElement && document.activeElement !== document.body && !!(node.compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING),
    );
    for (let i = 0; i < maxPresses; i += 1) {
      if (await target.evaluate((node) => node === document.activeElement)) return;
      await this.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`could not reach ${target.toString()} with Tab`);
  }

  async goToSection(label: RegExp): Promise<void> {
    await this.tabTo(this.page.getByRole('navigation', { name: /Sections de la mission|Engagement sections/ }).getByRole('link', { name: label }));
    await this.page.keyboard.press('Enter');
  }

  async typeNote(text: string): Promise<void> {
    await expect(this.captureBox).toBeFocused();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /** Every note is saved (none still shows « enregistrement… »). */
  async expectSavedNotes(count: number): Promise<void> {
    await expect(this.notes.and(this.page.locator('[data-note-id]'))).toHaveCount(count);
  }

  note(text: string): Locator {
    return this.notes.filter({ hasText: text });
  }

  /** Moves the selection `steps` notes (negative: up) with Alt+↑/↓, then converts it with Alt+C and Enter (after typing the new item's title, when given). */
  async convertNote(steps: number, kind: RegExp, title?: string): Promise<void> {
    for (let i = 0; i < Math.abs(steps); i += 1) await this.page.keyboard.press(steps < 0 ? 'Alt+ArrowUp' : 'Alt+ArrowDown');
    await this.page.keyboard.press('Alt+c');
    const dialog = this.page.getByRole('dialog', { name: /Convertir la note|Convert the note/ });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('combobox', { name: /Convertir en|Convert into/ }).locator('option:checked')).toHaveText(kind);
    if (title !== undefined) {
      const field = dialog.getByRole('textbox', { name: /^(Intitulé|Title)$/ });
      await expect(field).toBeFocused();
      await field.fill(title);
    }
    await this.page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(this.captureBox).toBeFocused();
  }

  objective(statement: string): Locator {
    return this.page.locator('li.objective').filter({ has: this.page.getByRole('heading', { name: statement }) });
  }

  /** Focuses a field of the open SMART editor with Tab and types into it. */
  async typeInField(scope: Locator, label: string | RegExp, text: string): Promise<void> {
    const field = scope.getByLabel(label, { exact: typeof label === 'string' });
    await this.tabTo(field);
    await this.page.keyboard.type(text);
  }
}
