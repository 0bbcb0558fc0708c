/**
 * Fixed clock of the sample engagement: every timestamp is written from a literal
 * date, so two runs give the same rows (and the same screenshots and deliverables).
 * The story stands at the end of June 2026, four months into the mission.
 */
export const DEMO_NOW = Date.UTC(2026, 5, 30, 16, 0);

/** `'2026-02-05 09:30'` (Paris wall-clock, stored as if UTC: fixed, not zoned) → epoch ms. */
export function at(stamp: string): number {
  const ms = Date.parse(`${stamp.replace(' ', 'T')}:00Z`);
  if (Number.isNaN(ms)) throw new Error(`bad demo timestamp ${stamp}`);
  return ms;
}

/** Epoch ms of a calendar day at 09:00. */
export function day(date: string): number {
  return at(`${date} 09:00`);
}
