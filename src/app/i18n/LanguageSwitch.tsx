import { useTranslation } from 'react-i18next';
import { LANGS } from '../../shared/lang';
import { useUiLanguage } from './useUiLanguage';
import './LanguageSwitch.css';

/** FR | EN, as two toggle buttons named in their own language. */
export function LanguageSwitch() {
  const { t } = useTranslation('app');
  const { lang, setLang } = useUiLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('lang.label')}>
      {LANGS.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-switch__option"
          aria-pressed={option === lang}
          aria-label={t(`lang.${option}`)}
          onClick={() => setLang(option)}
        >
          {option.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
