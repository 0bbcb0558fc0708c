import { applyFrenchSpacing } from '../../src/shared/typography';
import type { Lang } from '../../src/shared/lang';

/** What a command needs from the outside world; tests and `index.ts` provide it. */
export interface CliContext {
  lang: Lang;
  /** One line on stdout. */
  out(text: string): void;
  /** Raw text on stdout (a JSON document). */
  write(text: string): void;
  err(text: string): void;
  now(): number;
}

/**
 * French unless told otherwise: `--lang en` on the command line, or a POSIX locale
 * starting with `en` (LC_ALL, then LC_MESSAGES, then LANG, as setlocale reads them).
 */
export function detectLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    const value = arg === '--lang' ? argv[index + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === 'en' || value === 'fr') return value;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

/** A line for the terminal: French gets its no-break spaces before « : ; ! ? ». */
export function localise(lang: Lang, text: string): string {
  return lang === 'fr' ? applyFrenchSpacing(text) : text;
}

export function formatBytes(bytes: number, lang: Lang): string {
  const units = lang === 'fr' ? ['o', 'Ko', 'Mo', 'Go'] : ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const number = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
  return `${number} ${units[unit]}`;
}

export function formatEurosHT(cents: number, lang: Lang): string {
  const amount = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: cents % 100 === 0 ? 0 : 2,
  }).format(cents / 100);
  return lang === 'fr' ? `${amount} HT` : `${amount} excl. VAT`;
}

export function formatTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
}
