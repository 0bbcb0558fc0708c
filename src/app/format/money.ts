import type { Lang } from '../../shared/lang';
import { localeOf } from './intl';

/**
 * Reads what a consultant types for an amount in euros: « 12 500 », « 12 500,50 »,
 * « 12500.5 », « 12 500 € ». Returns integer cents, null for an empty field, or
 * NaN when the text is not an amount.
 */
export function parseEurosToCents(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '').replace(/eur$/i, '');
  if (compact === '') return null;
  // A single comma or dot followed by 1–2 digits is the decimal mark; others group thousands.
  const match = /^(\d{1,3}(?:[.,']\d{3})*|\d+)(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match?.[1]) return Number.NaN;
  const euros = Number(match[1].replace(/[.,']/g, ''));
  const fraction = match[2] ? Number(match[2].padEnd(2, '0')) : 0;
  return euros * 100 + fraction;
}

/** The editable text of an amount: « 12 500 » or « 12 500,50 », without the symbol. */
export function centsToEditableText(cents: number | null, lang: Lang): string {
  if (cents === null) return '';
  const hasCents = cents % 100 !== 0;
  return new Intl.NumberFormat(localeOf(lang), {
    minimumFractionDigits: hasCents ? 2 : 0,
    maximumFractionDigits: 2,
  })
    .format(cents / 100)
    .replace(/[\u202f]/g, '\u00a0');
}
