import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_COMMANDS, type MenuCommand } from '../../src/shared/contract/events';

// The menu module builds on Electron's Menu, which needs the binary: the template is what matters here.
vi.mock('electron', () => ({ app: { isPackaged: true }, Menu: { buildFromTemplate: (template: unknown) => template } }));
const { buildAppMenu } = await import('../../electron/main/menu');

type Item = MenuItemConstructorOptions;
const itemsOf = (menu: unknown): Item[] => (menu as Item[]).flatMap((item) => [item, ...(Array.isArray(item.submenu) ? itemsOf(item.submenu) : [])]);
const click = (item: Item) => (item.click as unknown as () => void)();

/**
 * The desktop menu's half of « Édition › Annuler »: its items don't act, they send the renderer
 * the same command as its shortcuts (tests/e2e/undo.spec.ts plays the renderer's half, the
 * command arriving on the event stream; tests/electron/smoke.spec.ts the window where Electron runs).
 */
describe('application menu', () => {
  it('sends edit.undo and edit.redo with the usual accelerators, in French and in English', () => {
    for (const [lang, undo, redo] of [['fr', 'Annuler', 'Rétablir'], ['en', 'Undo', 'Redo']] as const) {
      const sent: MenuCommand[] = [];
      const items = itemsOf(buildAppMenu(lang, [], (command) => sent.push(command)));
      const undoItem = items.find((item) => item.label === undo)!;
      const redoItem = items.find((item) => item.label === redo)!;
      expect(undoItem.accelerator).toBe('CmdOrCtrl+Z');
      expect(redoItem.accelerator).toMatch(/CmdOrCtrl\+Y|Shift\+CmdOrCtrl\+Z/);
      click(undoItem);
      click(redoItem);
      expect(sent).toEqual(['edit.undo', 'edit.redo']);
    }
  });

  it('only sends commands the renderer knows, and opens recent engagements by path', () => {
    const sent: [MenuCommand, string | undefined][] = [];
    const recent = { path: '/missions/Atelier.orchestre', clientName: 'Atelier Roux', title: 'Présence', exists: true, archived: false };
    const items = itemsOf(buildAppMenu('fr', [recent as never], (command, file) => sent.push([command, file])));
    for (const item of items) if (typeof item.click === 'function') click(item);
    expect(sent.length).toBeGreaterThanOrEqual(7);
    for (const [command] of sent) expect(MENU_COMMANDS).toContain(command);
    expect(sent).toContainEqual(['engagement.openPath', '/missions/Atelier.orchestre']);
  });
});
