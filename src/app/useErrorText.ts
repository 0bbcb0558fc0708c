import { useTranslation } from 'react-i18next';
import { isLang } from '../shared/lang';
import { isApiError } from './api/ApiError';

/** The sentence for any error in the current UI language (re-translated on switch). */
export function useErrorText(): (error: unknown) => string {
  const { t, i18n } = useTranslation('app');
  const lang = isLang(i18n.language) ? i18n.language : 'fr';
  return (error) => {
    if (!error) return '';
    if (typeof error === 'string') return error;
    if (isApiError(error)) return error.messageIn(lang);
    return t('errors.unexpected');
  };
}
