/**
 * Every keyboard shortcut, declared once: the Aide dialog lists them, and the
 * global ones (`global: true`) are what `useGlobalShortcuts` listens for.
 * `Mod` is Ctrl, or ⌘ on a Mac.
 */
export interface Shortcut {
  keys: string[];
  /** Key under `help.keys` in the palette messages. */
  labelKey: string;
}

export interface ShortcutGroup {
  /** Key under `help.groups`. */
  id: 'general' | 'palette' | 'capture' | 'lists';
  shortcuts: Shortcut[];
}

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    id: 'general',
    shortcuts: [
      { keys: ['Mod+K'], labelKey: 'palette' },
      { keys: ['F1'], labelKey: 'help' },
      { keys: ['Mod+Z'], labelKey: 'undo' },
      { keys: ['Mod+Shift+Z', 'Mod+Y'], labelKey: 'redo' },
      { keys: ['Mod+Z'], labelKey: 'textUndo' },
      { keys: ['Mod+N'], labelKey: 'newEngagement' },
      { keys: ['Mod+O'], labelKey: 'open' },
      { keys: ['Mod+E'], labelKey: 'export' },
      { keys: ['Esc'], labelKey: 'close' },
    ],
  },
  {
    id: 'palette',
    shortcuts: [
      { keys: ['↑', '↓'], labelKey: 'move' },
      { keys: ['Enter'], labelKey: 'run' },
    ],
  },
  {
    id: 'capture',
    shortcuts: [
      { keys: ['Alt+↑', 'Alt+↓'], labelKey: 'captureSelect' },
      { keys: ['Alt+Shift+↑', 'Alt+Shift+↓'], labelKey: 'captureMove' },
      { keys: ['Alt+PageUp', 'Alt+PageDown'], labelKey: 'captureQuestion' },
      { keys: ['Alt+Enter'], labelKey: 'captureCovered' },
      { keys: ['Alt+E'], labelKey: 'captureEdit' },
      { keys: ['Alt+Suppr'], labelKey: 'captureDelete' },
      { keys: ['Alt+C'], labelKey: 'captureConvert' },
      { keys: ['Alt+Q'], labelKey: 'captureAttach' },
      { keys: ['Alt+1…9'], labelKey: 'captureTag' },
      { keys: ['Mod+Z'], labelKey: 'captureRestore' },
    ],
  },
  {
    id: 'lists',
    shortcuts: [
      { keys: ['Alt+↑', 'Alt+↓'], labelKey: 'objectiveMove' },
      { keys: ['←', '→'], labelKey: 'tabs' },
      { keys: ['Espace', '↑ ↓ ← →', 'Espace'], labelKey: 'kanban' },
    ],
  },
];

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** `Mod+Shift+Z` as the user's keyboard reads it: « Ctrl+Maj+Z », or « ⌘⇧Z » on a Mac. */
export function keyLabel(keys: string, lang: 'fr' | 'en'): string {
  if (isMac()) return keys.replace('Mod+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥');
  const shift = lang === 'fr' ? 'Maj+' : 'Shift+';
  return keys
    .replace('Mod+', 'Ctrl+')
    .replace('Shift+', shift)
    .replace('Suppr', lang === 'fr' ? 'Suppr' : 'Delete')
    .replace('Espace', lang === 'fr' ? 'Espace' : 'Space')
    .replace('Enter', lang === 'fr' ? 'Entrée' : 'Enter')
    .replace('Esc', lang === 'fr' ? 'Échap' : 'Esc');
}

/** Ctrl on Windows and Linux, ⌘ on a Mac (Ctrl+K stays free for the OS's own use there). */
export const hasMod = (event: { ctrlKey: boolean; metaKey: boolean }) => (isMac() ? event.metaKey : event.ctrlKey);
