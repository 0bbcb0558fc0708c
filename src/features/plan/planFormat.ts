import { formatEuros, localeOf } from '../../app/format/intl';
import { dateTimeFormat } from '../../shared/intlCache';
import type { Lang } from '../../shared/lang';

/** Short dates in the table and the cards: « 4 mai 2026 ». */
export function formatDay(iso: string | null, lang: Lang): string {
  if (!iso) return '—';
  return dateTimeFormat(localeOf(lang), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

export const euros = (cents: number, lang: Lang) => formatEuros(cents, lang, { showCents: false });
