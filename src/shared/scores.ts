/** Mean of the scored, applicable criteria (0–5), or null when none is scored. Shared by the audit, the benchmark and the export. */
export function meanScore(criteria: readonly { score: number | null; notApplicable: boolean }[]): number | null {
  const scored = criteria.filter((c) => !c.notApplicable && c.score !== null).map((c) => c.score as number);
  return scored.length ? scored.reduce((a, b) => a + b, 0) / scored.length : null;
}
