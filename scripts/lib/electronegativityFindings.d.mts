// Types for electronegativityFindings.mjs (plain Node, used by scripts and by a unit test).
export interface Finding {
  check: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  sample: string;
  description: string;
  url: string;
}
export interface AllowEntry {
  check: string;
  target: string;
  file: string;
  sample?: string;
  justification: string;
}
export const BLOCKING_SEVERITIES: string[];
export function parseFindings(csv: string): Finding[];
export function entryMatches(entry: AllowEntry, finding: Finding, target: string): boolean;
export function invalidEntries(allowlist: AllowEntry[]): AllowEntry[];
export function review(
  findingsByTarget: Record<string, Finding[]>,
  allowlist: AllowEntry[],
): {
  justified: { target: string; finding: Finding; entry: AllowEntry }[];
  unjustified: { target: string; finding: Finding }[];
  stale: AllowEntry[];
};
