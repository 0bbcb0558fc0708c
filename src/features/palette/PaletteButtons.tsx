import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../app/i18n/useUiLanguage';
import { Button } from '../../ui';
import './CommandPalette.css';
import './paletteMessages';
import { openHelp, openPalette } from './paletteRequests';
import { keyLabel } from './shortcuts';

/** « Rechercher… Ctrl+K »: the palette for those who reach for the mouse, and a reminder of its key. */
export function SearchButton() {
  const { t } = useTranslation('palette');
  const { lang } = useUiLanguage();
  const keys = keyLabel('Mod+K', lang);
  return (
    <Button variant="ghost" onClick={openPalette} aria-keyshortcuts="Control+K Meta+K" className="palette-button">
      {t('buttons.search')} <kbd className="palette__kbd">{keys}</kbd>
    </Button>
  );
}

/** « Aide »: the keyboard shortcuts. */
export function HelpButton() {
  const { t } = useTranslation('palette');
  return (
    <Button variant="ghost" size="sm" onClick={openHelp} aria-keyshortcuts="F1">
      {t('buttons.help')}
    </Button>
  );
}
