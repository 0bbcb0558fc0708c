import type { Lang } from '../../shared/lang';
import { dateTimeFormat, numberFormat, relativeTimeFormat } from '../../shared/intlCache';

/**
 * Dates, numbers and euros through Intl, in the UI language. Amounts are euro
 * cents (integers) everywhere; only these helpers turn them into text.
 */
const locales: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

export function localeOf(lang: Lang): string {
  return locales[lang];
}

export function formatEuros(cents: number, lang: Lang, options: { showCents?: boolean } = {}): string {
  const showCents = options.showCents ?? cents % 100 !== 0;
  return numberFormat(locales[lang], {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: showCents ? 2 : 0,
    maximumFractionDigits: showCents ? 2 : 0,
  }).format(cents / 100);
}

export function formatNumber(value: number, lang: Lang): string {
  return numberFormat(locales[lang]).format(value);
}

export function formatPercent(ratio: number, lang: Lang): string {
  return numberFormat(locales[lang], { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

/** A calendar day `YYYY-MM-DD`, read as a local date (no time-zone shift). */
export function formatIsoDate(iso: string, lang: Lang, style: 'long' | 'medium' = 'long'): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  const date = new Date(year, month - 1, day);
  return dateTimeFormat(
    locales[lang],
    style === 'long' ? { dateStyle: 'long' } : { dateStyle: 'medium' },
  ).format(date);
}

export function formatDateTime(epochMs: number, lang: Lang): string {
  return dateTimeFormat(locales[lang], { dateStyle: 'long', timeStyle: 'short' }).format(epochMs);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** « il y a 5 minutes », « hier »… within a week, then an absolute date. */
export function formatRelativeTime(epochMs: number, lang: Lang, now: number = Date.now()): string {
  const elapsed = now - epochMs;
  const rtf = relativeTimeFormat(locales[lang], { numeric: 'auto' });
  if (elapsed < MINUTE) return rtf.format(0, 'second');
  if (elapsed < HOUR) return rtf.format(-Math.round(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return rtf.format(-Math.round(elapsed / HOUR), 'hour');
  if (elapsed < 7 * DAY) return rtf.format(-Math.round(elapsed / DAY), 'day');
  return dateTimeFormat(locales[lang], { dateStyle: 'medium' }).format(epochMs);
}
