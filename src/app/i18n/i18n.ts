import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANG, isLang, type Lang } from '../../shared/lang';
import { applyFrenchSpacing } from '../../shared/typography';

/** One namespace per feature: `{ fr, en }` with the same keys (French is the reference). */
export type Messages = { [key: string]: string | Messages };
export interface FeatureMessages<T extends Messages = Messages> {
  fr: T;
  en: DeepStrings<T>;
}
type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

export const i18n: I18n = i18next.createInstance();

/** French strings are written with plain spaces; the no-break ones are added here, once. */
function frenchSpaced(messages: Messages): Messages {
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => [
      key,
      typeof value === 'string' ? applyFrenchSpacing(value) : frenchSpaced(value),
    ]),
  );
}

export function initI18n(): I18n {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      lng: DEFAULT_LANG,
      fallbackLng: DEFAULT_LANG,
      supportedLngs: ['fr', 'en'],
      resources: {},
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
    });
  }
  return i18n;
}

/**
 * Registers a feature's messages. Called at the top of the feature's module, so a
 * lazily loaded section brings its own strings with it.
 */
export function registerMessages(namespace: string, messages: FeatureMessages): void {
  initI18n();
  i18n.addResourceBundle('fr', namespace, frenchSpaced(messages.fr), true, true);
  i18n.addResourceBundle('en', namespace, messages.en as Messages, true, true);
}

export function currentLang(): Lang {
  const lang = i18n.language;
  return isLang(lang) ? lang : DEFAULT_LANG;
}

export async function applyUiLang(lang: Lang): Promise<void> {
  if (i18n.language !== lang) await i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}
