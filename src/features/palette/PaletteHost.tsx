import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { onAppEvent } from '../../app/api/client';
import { useUiLanguage } from '../../app/i18n/useUiLanguage';
import type { CommandContext } from './commands';
import { registerPaletteOpener } from './paletteRequests';
import { isTextEditing, useGlobalShortcuts } from './useGlobalShortcuts';
import { useUndoRedo } from './useUndoRedo';

// The palette and the Aide dialog load on first use: the first screen stays light.
const CommandPalette = lazy(() => import('./CommandPalette').then((m) => ({ default: m.CommandPalette })));
const HelpDialog = lazy(() => import('./HelpDialog').then((m) => ({ default: m.HelpDialog })));

/**
 * Mounted once by the app: the command palette and the Aide dialog, opened by
 * their shortcuts, by the desktop menu's « Aide › Raccourcis clavier », or by
 * the « Rechercher » and « Aide » buttons (paletteRequests.ts).
 */
export function PaletteHost({ engagementId }: { engagementId: string | null }) {
  const { lang, setLang } = useUiLanguage();
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  // Once loaded they stay mounted, so closing returns the focus where it was.
  const [paletteUsed, setPaletteUsed] = useState(false);
  const [helpUsed, setHelpUsed] = useState(false);
  const openPalette = () => {
    setHelpOpen(false);
    setPaletteUsed(true);
    setPaletteOpen(true);
  };
  const openHelp = () => {
    setPaletteOpen(false);
    setHelpUsed(true);
    setHelpOpen(true);
  };
  const { undo, redo } = useUndoRedo(engagementId);
  useGlobalShortcuts({ palette: openPalette, help: openHelp, undo: () => runUndoCommand('undo', undo, 'key'), redo: () => runUndoCommand('redo', redo, 'key') });
  const menuUndo = useLatest((which: 'undo' | 'redo') => runUndoCommand(which, which === 'undo' ? undo : redo, 'menu'));
  useEffect(
    () =>
      onAppEvent((event) => {
        if (event.type !== 'command') return;
        if (event.command === 'help.shortcuts') openHelp();
        else if (event.command === 'edit.undo' || event.command === 'edit.redo') menuUndo.current(event.command === 'edit.undo' ? 'undo' : 'redo');
      }),
    [menuUndo],
  );
  useEffect(() => registerPaletteOpener((what) => (what === 'help' ? openHelp() : openPalette())), []);

  const context = useMemo<CommandContext>(() => ({ engagementId, lang, setLang, openHelp, undo, redo }), [engagementId, lang, setLang, undo, redo]);
  return (
    <Suspense fallback={null}>
      {paletteUsed && <CommandPalette open={paletteOpen} onClose={() => setPaletteOpen(false)} context={context} />}
      {helpUsed && <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} onOpenPalette={openPalette} lang={lang} />}
    </Suspense>
  );
}

function useLatest<T>(value: T) {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}

let lastKeyAt = 0;
/**
 * The desktop menu's Édition › Annuler/Rétablir and the keys both land here. In a
 * text field the browser's own undo runs (the menu took the key, so it is asked
 * for explicitly); elsewhere the engagement's. Should a key reach both the menu
 * and the page, the menu's arrival within 150 ms of the key's is the same keystroke
 * and ignored (two presses in a row are two undos).
 */
function runUndoCommand(which: 'undo' | 'redo', engagementUndo: () => void, source: 'key' | 'menu'): void {
  const now = performance.now();
  if (source === 'key') lastKeyAt = now;
  else if (now - lastKeyAt < 150) return;
  if (isTextEditing(document.activeElement) || document.querySelector('dialog[open]')) {
    document.execCommand(which);
    return;
  }
  engagementUndo();
}
