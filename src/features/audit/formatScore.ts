/** « 3,5 / 5 » in French, “3.5 / 5” in English. */
export function formatScore(score: number | null, lang: string, withMax = true): string {
  if (score === null) return '—';
  const text = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(score);
  return withMax ? `${text}\u202f/\u202f5` : text;
}
