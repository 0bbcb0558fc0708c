import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog } from '../../ui';
import './CommandPalette.css';
import './paletteMessages';
import { keyLabel, SHORTCUT_GROUPS } from './shortcuts';

/** « Aide » : every keyboard shortcut, from the one list the app itself listens to. */
export function HelpDialog({ open, onClose, onOpenPalette, lang }: { open: boolean; onClose: () => void; onOpenPalette: () => void; lang: 'fr' | 'en' }) {
  const { t } = useTranslation('palette');
  return (
    <Dialog
      open={open}
      title={t('help.title')}
      description={t('help.description')}
      onClose={onClose}
      wide
      footer={
        <Button onClick={onOpenPalette}>
          {t('help.openPalette')} <kbd className="palette__kbd">{keyLabel('Mod+K', lang)}</kbd>
        </Button>
      }
    >
      <div className="help-keys">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group.id} aria-labelledby={`help-${group.id}`}>
            <h3 id={`help-${group.id}`} className="help-keys__title">
              {t(`help.groups.${group.id}`)}
            </h3>
            <dl className="help-keys__list">
              {group.shortcuts.map((shortcut, index) => (
                <Fragment key={`${shortcut.labelKey}-${index}`}>
                  <dt>
                    {shortcut.keys.map((keys, i) => (
                      <Fragment key={keys + i}>
                        {i > 0 && ' '}
                        <kbd>{keyLabel(keys, lang)}</kbd>
                      </Fragment>
                    ))}
                  </dt>
                  <dd>{t(`help.keys.${shortcut.labelKey}`)}</dd>
                </Fragment>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
