import type { PlanChange } from './model/steering';

/**
 * One plain sentence per change against the approved plan, so the consultant can
 * read it out to the client (screen and deliverables say the same thing).
 */
export function describePlanChange(change: PlanChange, lang: 'fr' | 'en'): string {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const money = (cents: number) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(cents / 100);
  const day = (iso: string | null) =>
    iso ? new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`)) : lang === 'fr' ? 'sans date' : 'no date';
  const span = (s: { start: string | null; end: string | null }) => (lang === 'fr' ? `du ${day(s.start)} au ${day(s.end)}` : `from ${day(s.start)} to ${day(s.end)}`);
  const q = (t: string) => (lang === 'fr' ? `« ${t} »` : `“${t}”`);
  switch (change.kind) {
    case 'added':
      return lang === 'fr'
        ? `Action ajoutée : ${q(change.title)} (${money(change.budgetPlannedCents)} prévus).`
        : `Action added: ${q(change.title)} (${money(change.budgetPlannedCents)} planned).`;
    case 'removed':
      return lang === 'fr'
        ? `Action retirée : ${q(change.title)} (${money(change.budgetPlannedCents)} libérés).`
        : `Action removed: ${q(change.title)} (${money(change.budgetPlannedCents)} freed).`;
    case 'renamed':
      return lang === 'fr' ? `${q(change.beforeTitle)} s’appelle désormais ${q(change.title)}.` : `${q(change.beforeTitle)} is now called ${q(change.title)}.`;
    case 'dates':
      return lang === 'fr'
        ? `${q(change.title)} : dates déplacées, ${span(change.after)} au lieu de ${span(change.before)}.`
        : `${q(change.title)}: dates moved, ${span(change.after)} instead of ${span(change.before)}.`;
    case 'budget': {
      const delta = change.afterCents - change.beforeCents;
      const sign = delta > 0 ? '+' : '−';
      return lang === 'fr'
        ? `${q(change.title)} : budget prévu ${money(change.afterCents)} au lieu de ${money(change.beforeCents)} (${sign}${money(Math.abs(delta))}).`
        : `${q(change.title)}: planned budget ${money(change.afterCents)} instead of ${money(change.beforeCents)} (${sign}${money(Math.abs(delta))}).`;
    }
  }
}
