import { cleanText } from '../../../../src/shared/cleanText';
import { dateTimeFormat, numberFormat } from '../../../../src/shared/intlCache';
import type { Lang } from '../../../../src/shared/lang';
import { applyFrenchSpacing, NARROW_NBSP } from '../../../../src/shared/typography';

/** Longest text a single paragraph may carry; beyond it the text is cut with a note (a 1 MB note stays readable). */
const MAX_PARAGRAPH = 20_000;

/** Locale-aware text, number, money and date formatting for one deliverable language. */
export class Fmt {
  readonly locale: string;
  constructor(readonly lang: Lang) {
    this.locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  }

  /** Cleans what XML forbids, trims, and applies French spacing in French. */
  text(value: string | null | undefined): string {
    if (!value) return '';
    let clean = cleanText(value).replace(/\r\n?/g, '\n').trim();
    if (clean.length > MAX_PARAGRAPH) clean = `${clean.slice(0, MAX_PARAGRAPH)}… ${this.lang === 'fr' ? '[texte tronqué]' : '[text truncated]'}`;
    return this.lang === 'fr' ? applyFrenchSpacing(clean) : clean;
  }

  number(value: number | null | undefined, digits = 0): string {
    if (value === null || value === undefined || !Number.isFinite(value)) return '–';
    return numberFormat(this.locale, { maximumFractionDigits: digits }).format(value);
  }

  /** « 12 500 € » in French (narrow no-break spaces), "€12,500" in English. Amounts are HT. */
  money(cents: number | null | undefined): string {
    if (cents === null || cents === undefined) return '–';
    const formatted = numberFormat(this.locale, {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: cents % 100 === 0 ? 0 : 2,
      minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
    }).format(cents / 100);
    // fr-FR puts a no-break space before €; typographers want the narrow one, as between thousands.
    return this.lang === 'fr' ? formatted.replace(/[\u00a0 ]€/, `${NARROW_NBSP}€`) : formatted;
  }

  /** « 23 novembre 2026 » / "23 November 2026". */
  date(iso: string | null | undefined): string {
    if (!iso) return '–';
    const date = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
    if (Number.isNaN(date.getTime())) return '–';
    return dateTimeFormat(this.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  }

  /** « nov. 2026 » for timelines and tight columns. */
  shortDate(iso: string | null | undefined): string {
    if (!iso) return '–';
    const date = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
    return dateTimeFormat(this.locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(date);
  }

  dateFromMs(ms: number): string {
    return this.date(new Date(ms).toISOString().slice(0, 10));
  }

  range(start: string | null, end: string | null): string {
    if (!start && !end) return '–';
    if (start && end) return `${this.shortDate(start)} → ${this.shortDate(end)}`;
    return this.shortDate(start ?? end);
  }

  /** "12 %" in French (narrow no-break space), "12%" in English. */
  percent(ratio: number): string {
    return numberFormat(this.locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
  }

  /** A value with its unit: « 1 200 abonnés », « 3,5 % ». */
  withUnit(value: number | null, unit: string): string {
    if (value === null) return '–';
    const n = this.number(value, 1);
    if (!unit) return n;
    if (unit === '%') return this.lang === 'fr' ? `${n}${NARROW_NBSP}%` : `${n}%`;
    if (unit === '€' || unit.toLowerCase() === 'eur') return this.money(Math.round(value * 100));
    return `${n} ${this.text(unit)}`;
  }

  /** The list form of a language: « A, B et C ». */
  list(items: string[]): string {
    return new Intl.ListFormat(this.locale, { style: 'long', type: 'conjunction' }).format(items);
  }
}
