import { expect, type Locator, type Page } from '@playwright/test';

type Status = 'todo' | 'in_progress' | 'blocked' | 'done' | 'dropped';

/**
 * The plan's kanban. Moves wait for the board's own drag state (`data-drag`,
 * `data-drag-over`, see KanbanDragState.tsx) between keys or mouse steps: dnd-kit
 * listens for arrows only from a timer after the pick-up key and measures the
 * columns in a later task, so a key pressed before that reaches nobody.
 */
export class KanbanBoard {
  readonly board: Locator;

  constructor(private readonly page: Page) {
    this.board = page.getByTestId('kanban');
  }

  column(status: Status): Locator {
    return this.page.getByTestId(`kanban-${status}`);
  }

  card(title: string): Locator {
    return this.page.getByTestId('kanban-card').filter({ has: this.page.locator('.kanban__card-title', { hasText: title }) });
  }

  /** Space, arrows until the wanted column is under the card, Space. */
  async moveWithKeyboard(title: string, to: Status, arrow: 'ArrowRight' | 'ArrowLeft' = 'ArrowRight'): Promise<void> {
    await this.card(title).getByTestId('kanban-handle').focus();
    await this.page.keyboard.press('Space');
    await expect(this.board).toHaveAttribute('data-drag', 'ready');
    for (let presses = 0; (await this.board.getAttribute('data-drag-over')) !== to; presses += 1) {
      if (presses === 5) throw new Error(`the keyboard never brought « ${title} » over ${to}`);
      const before = await this.board.getAttribute('data-drag-over');
      await this.page.keyboard.press(arrow);
      await expect(this.board).not.toHaveAttribute('data-drag-over', before ?? '');
    }
    await this.page.keyboard.press('Space');
    await this.expectIn(title, to);
  }

  /** A real mouse drag: press on the card, move in small steps to the column, release. */
  async dragWithMouse(title: string, to: Status): Promise<void> {
    const from = (await this.card(title).getByTestId('kanban-handle').boundingBox())!;
    const target = (await this.column(to).boundingBox())!;
    const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move(start.x + 12, start.y + 6, { steps: 4 });
    await expect(this.board).toHaveAttribute('data-drag', 'ready');
    await this.page.mouse.move(target.x + target.width / 2, target.y + 60, { steps: 16 });
    await expect(this.board).toHaveAttribute('data-drag-over', to);
    await this.page.mouse.up();
    await this.expectIn(title, to);
  }

  async expectIn(title: string, status: Status): Promise<void> {
    await expect(this.board).toHaveAttribute('data-drag', 'idle');
    await expect(this.column(status).getByTestId('kanban-card').filter({ hasText: title })).toBeVisible();
  }
}
