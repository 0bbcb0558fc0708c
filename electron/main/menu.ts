import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../src/shared/contract/events';
import type { Lang } from '../../src/shared/lang';
import type { RecentEngagement } from '../../src/shared/model/workspace';

const LABELS = {
  fr: {
    file: 'Fichier',
    newEngagement: 'Nouvelle mission…',
    open: 'Ouvrir…',
    recents: 'Missions récentes',
    noRecent: 'Aucune mission récente',
    export: 'Exporter les livrables…',
    quit: 'Quitter',
    edit: 'Édition',
    undo: 'Annuler',
    redo: 'Rétablir',
    view: 'Affichage',
    help: 'Aide',
    shortcuts: 'Raccourcis clavier',
    about: 'À propos d’Orchestre',
  },
  en: {
    file: 'File',
    newEngagement: 'New engagement…',
    open: 'Open…',
    recents: 'Recent engagements',
    noRecent: 'No recent engagement',
    export: 'Export deliverables…',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    view: 'View',
    help: 'Help',
    shortcuts: 'Keyboard shortcuts',
    about: 'About Orchestre',
  },
} as const;

/**
 * The native menu. Its items do not act themselves: they ask the renderer to run
 * the same command as its buttons and shortcuts, so behaviour lives in one place.
 */
export function buildAppMenu(lang: Lang, recents: RecentEngagement[], run: (command: MenuCommand, path?: string) => void): Menu {
  const t = LABELS[lang];
  const recentItems: MenuItemConstructorOptions[] = recents.filter((recent) => recent.exists && !recent.archived).slice(0, 10).map((recent) => ({
    label: `${recent.clientName} — ${recent.title}`,
    click: () => run('engagement.openPath', recent.path),
  }));
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: t.file,
      submenu: [
        { label: t.newEngagement, accelerator: 'CmdOrCtrl+N', click: () => run('engagement.new') },
        { label: t.open, accelerator: 'CmdOrCtrl+O', click: () => run('engagement.open') },
        { label: t.recents, submenu: recentItems.length ? recentItems : [{ label: t.noRecent, enabled: false }] },
        { type: 'separator' },
        { label: t.export, accelerator: 'CmdOrCtrl+E', click: () => run('deliverables.export') },
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close' } : { label: t.quit, role: 'quit' },
      ],
    },
    {
      // Undo and redo go to the renderer: inside a text field it undoes the typing,
      // elsewhere the engagement's last edit (one command, decided where the focus is).
      label: t.edit,
      submenu: [
        { label: t.undo, accelerator: 'CmdOrCtrl+Z', click: () => run('edit.undo') },
        { label: t.redo, accelerator: process.platform === 'darwin' ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y', click: () => run('edit.redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: t.view,
      submenu: [
        ...(app.isPackaged ? [] : [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }, { type: 'separator' as const }]),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: t.help,
      submenu: [
        { label: t.shortcuts, accelerator: 'F1', click: () => run('help.shortcuts') },
        { label: t.about, click: () => run('help.about') },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
