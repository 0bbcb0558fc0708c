/**
 * A benchmark ages: what a competitor showed six months ago may no longer hold. An observation
 * (a score, an audience figure) older than this is flagged for review before the report goes out.
 */
export const STALE_AFTER_MONTHS = 6;

/** True when `observedOn` (YYYY-MM-DD) is more than `months` calendar months before `today`. */
export function isStale(observedOn: string | null, today: string, months = STALE_AFTER_MONTHS): boolean {
  if (!observedOn) return false;
  const [y, m, d] = observedOn.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const limit = `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return limit < today;
}
