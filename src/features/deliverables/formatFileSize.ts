import { localeOf } from '../../app/format/intl';
import type { Lang } from '../../shared/lang';

/** « 48 ko », « 1,2 Mo » through Intl's units (the byte units are localised by the browser). */
export function formatFileSize(bytes: number, lang: Lang): string {
  const [value, unit] =
    bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : bytes >= 1_000 ? [bytes / 1_000, 'kilobyte'] : [bytes, 'byte'];
  return new Intl.NumberFormat(localeOf(lang), {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit !== 'byte' ? 1 : 0,
  }).format(value);
}
