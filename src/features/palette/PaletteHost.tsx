import { useEffect, useMemo, useState } from 'react';
import { onAppEvent } from '../../app/api/client';
import { useUiLanguage } from '../../app/i18n/useUiLanguage';
import type { CommandContext } from './commands';
import { CommandPalette } from './CommandPalette';
import { HelpDialog } from './HelpDialog';
import { registerPaletteOpener } from './paletteRequests';
import { useGlobalShortcuts } from './useGlobalShortcuts';

/**
 * Mounted once by the app: the command palette and the Aide dialog, opened by
 * their shortcuts, by the desktop menu's « Aide › Raccourcis clavier », or by
 * the « Rechercher » and « Aide » buttons (paletteRequests.ts).
 */
export function PaletteHost({ engagementId }: { engagementId: string | null }) {
  const { lang, setLang } = useUiLanguage();
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const openPalette = () => {
    setHelpOpen(false);
    setPaletteOpen(true);
  };
  const openHelp = () => {
    setPaletteOpen(false);
    setHelpOpen(true);
  };
  useGlobalShortcuts({ palette: openPalette, help: openHelp });
  useEffect(() => onAppEvent((event) => event.type === 'command' && event.command === 'help.shortcuts' && openHelp()), []);
  useEffect(() => registerPaletteOpener((what) => (what === 'help' ? openHelp() : openPalette())), []);

  const context = useMemo<CommandContext>(() => ({ engagementId, lang, setLang, openHelp }), [engagementId, lang, setLang]);
  return (
    <>
      <CommandPalette open={paletteOpen} onClose={() => setPaletteOpen(false)} context={context} />
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} onOpenPalette={openPalette} lang={lang} />
    </>
  );
}
