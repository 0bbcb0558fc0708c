import { expect, type Locator, type Page } from '@playwright/test';
import { KanbanBoard } from './KanbanBoard';

export interface NewAction {
  title: string;
  start: string;
  end: string;
  budget: string;
  /** A channel of the form's list (the audit's channels), when the action has one. */
  channel?: string;
}

/** « Plan d'action »: its tabs, the quick-entry form, the action editor. */
export class PlanPage {
  readonly kanban: KanbanBoard;
  readonly newAction: Locator;
  readonly editor: Locator;

  constructor(private readonly page: Page) {
    this.kanban = new KanbanBoard(page);
    this.newAction = page.getByRole('form', { name: 'Nouvelle action' });
    this.editor = page.getByRole('dialog').filter({ has: page.getByTestId('action-editor') });
  }

  async tab(name: 'Tableau' | 'Kanban' | 'Calendrier' | 'Budget' | 'Devis' | 'Validation' | 'Pilotage' | 'Risques'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  /** Ticks the objectives the next actions serve. */
  async linkObjectives(statements: string[]): Promise<void> {
    for (const statement of statements) await this.newAction.getByRole('checkbox', { name: statement }).check();
  }

  /** Objectives and phase stay ticked between entries (the form keeps them), as a consultant entering a series would. */
  async createAction(action: NewAction): Promise<void> {
    const form = this.newAction;
    await form.getByRole('textbox', { name: 'Intitulé' }).fill(action.title);
    if (action.channel) await form.getByRole('combobox', { name: 'Canal' }).selectOption({ label: action.channel });
    await form.getByLabel('Début').fill(action.start);
    await form.getByLabel('Fin').fill(action.end);
    await form.getByRole('textbox', { name: 'Budget prévu (€ HT)' }).fill(action.budget);
    await form.getByRole('button', { name: 'Ajouter l’action' }).click();
    await expect(this.page.getByTestId('action-row').filter({ hasText: action.title })).toBeVisible();
    await expect(form.getByRole('textbox', { name: 'Intitulé' })).toHaveValue('');
  }

  async openEditor(title: string): Promise<void> {
    await this.tab('Tableau');
    await this.page.getByTestId('action-row').getByRole('button', { name: title, exact: true }).click();
    await expect(this.editor.getByRole('textbox', { name: 'Intitulé' })).toHaveValue(title);
  }

  async closeEditor(): Promise<void> {
    await this.editor.getByRole('button', { name: 'Fermer' }).first().click();
    await expect(this.editor).toBeHidden();
  }
}
