import type { ObjectiveFields, SmartCheck, SmartHint, SmartHintCode, SmartLetter, SmartSummary, Horizon } from './model/objectives';
import { HORIZONS, SMART_HINT_CODES } from './model/objectives';

type Checked = Pick<
  ObjectiveFields,
  'statement' | 'specific' | 'kpiId' | 'kpiLabel' | 'baseline' | 'target' | 'unit' | 'direction' | 'achievable' | 'realistic' | 'deadline' | 'owner' | 'ownerStakeholderId' | 'status'
>;

const LETTER: Record<SmartHintCode, SmartLetter | null> = {
  statement_missing: 'S',
  specific_missing: 'S',
  no_number: 'M',
  kpi_missing: 'M',
  baseline_missing: 'M',
  target_missing: 'M',
  unit_missing: 'M',
  target_not_above_baseline: 'A',
  target_not_below_baseline: 'A',
  target_differs_for_maintain: 'A',
  achievable_missing: 'A',
  realistic_missing: 'R',
  deadline_missing: 'T',
  deadline_past: 'T',
  owner_missing: null,
};

const blank = (text: string) => text.trim().length === 0;

/**
 * What an objective lacks to be SMART, as gentle hints the UI words kindly.
 * `today` is 'YYYY-MM-DD' in the consultant's time zone (passed in, so tests are deterministic).
 * A deadline in the past only matters while the objective is still open.
 */
export function checkSmart(objective: Checked, today: string): SmartCheck {
  const codes: SmartHintCode[] = [];
  if (blank(objective.statement)) codes.push('statement_missing');
  if (blank(objective.specific)) codes.push('specific_missing');
  const hasNumber = objective.target !== null || /\d/.test(`${objective.statement} ${objective.specific}`);
  if (!hasNumber) codes.push('no_number');
  if (objective.kpiId === null && blank(objective.kpiLabel)) codes.push('kpi_missing');
  if (objective.baseline === null) codes.push('baseline_missing');
  if (objective.target === null) codes.push('target_missing');
  if (objective.target !== null && blank(objective.unit)) codes.push('unit_missing');
  if (objective.baseline !== null && objective.target !== null) {
    if (objective.direction === 'increase' && objective.target <= objective.baseline) codes.push('target_not_above_baseline');
    if (objective.direction === 'decrease' && objective.target >= objective.baseline) codes.push('target_not_below_baseline');
    if (objective.direction === 'maintain' && objective.target < objective.baseline) codes.push('target_differs_for_maintain');
  }
  if (blank(objective.achievable)) codes.push('achievable_missing');
  if (blank(objective.realistic)) codes.push('realistic_missing');
  if (!objective.deadline) codes.push('deadline_missing');
  else if (objective.deadline < today && (objective.status === 'draft' || objective.status === 'active')) codes.push('deadline_past');
  if (blank(objective.owner) && objective.ownerStakeholderId === null) codes.push('owner_missing');

  const hints: SmartHint[] = codes.map((code) => ({ code, letter: LETTER[code] }));
  const letters: Record<SmartLetter, boolean> = { S: true, M: true, A: true, R: true, T: true };
  for (const hint of hints) if (hint.letter) letters[hint.letter] = false;
  return { hints, letters, complete: Object.values(letters).every(Boolean) };
}

/** The overview's figure: how many objectives are SMART, what is most often missing. */
export function summariseSmart(objectives: { horizon: Horizon; status: ObjectiveFields['status']; smart: SmartCheck }[]): SmartSummary {
  const byLetter: Record<SmartLetter, number> = { S: 0, M: 0, A: 0, R: 0, T: 0 };
  const byHorizon = Object.fromEntries(HORIZONS.map((h) => [h, 0])) as Record<Horizon, number>;
  const counts = new Map<SmartHintCode, number>();
  let complete = 0;
  let withHints = 0;
  for (const objective of objectives) {
    byHorizon[objective.horizon] += 1;
    if (objective.smart.complete) complete += 1;
    for (const letter of Object.keys(byLetter) as SmartLetter[]) if (objective.smart.letters[letter]) byLetter[letter] += 1;
    const open = objective.status === 'draft' || objective.status === 'active';
    if (open && objective.smart.hints.length > 0) withHints += 1;
    for (const hint of objective.smart.hints) counts.set(hint.code, (counts.get(hint.code) ?? 0) + 1);
  }
  const topHints = [...counts.entries()]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || SMART_HINT_CODES.indexOf(a.code) - SMART_HINT_CODES.indexOf(b.code));
  return { total: objectives.length, complete, withHints, byLetter, byHorizon, topHints };
}

/** Today's date as 'YYYY-MM-DD' in local time (not UTC: a French evening is still today). */
export function localIsoDate(now: number): string {
  const date = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
