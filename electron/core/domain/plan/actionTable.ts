import type { ActionSortKey, ActionTable, ActionTableQuery, PlanAction } from '../../../../src/shared/model/plan';

const STATUS_ORDER = { todo: 0, in_progress: 1, blocked: 2, done: 3, dropped: 4 } as const;
const PRIORITY_ORDER = { high: 0, medium: 1, low: 2 } as const;
const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

type Key = (a: PlanAction) => string | number | null;
const KEYS: Record<ActionSortKey, Key> = {
  title: (a) => a.title,
  phase: (a) => a.phaseName,
  channel: (a) => a.channel,
  owner: (a) => a.providerName || a.ownerName,
  startDate: (a) => a.startDate,
  endDate: (a) => a.endDate,
  budgetPlanned: (a) => a.budgetPlannedCents,
  budgetActual: (a) => a.budgetActualCents,
  status: (a) => STATUS_ORDER[a.status],
  priority: (a) => PRIORITY_ORDER[a.priority],
};

function compare(x: string | number | null, y: string | number | null): number {
  // Empty values (no date, no channel) always sort last, whatever the direction's sign below.
  if (x === null || x === '') return y === null || y === '' ? 0 : Infinity;
  if (y === null || y === '') return -Infinity;
  return typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
}

/** ISO dates order as plain strings: no collation needed (and it is the hot sort of a large plan). */
function compareDays(x: string | number | null, y: string | number | null): number {
  if (x === null) return y === null ? 0 : Infinity;
  if (y === null) return -Infinity;
  return x < y ? -1 : x > y ? 1 : 0;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The table view: filter then sort the plan in memory (a plan is at most a few thousand rows). */
export function queryActionTable(actions: PlanAction[], query: ActionTableQuery): ActionTable {
  const text = query.text ? fold(query.text.trim()) : '';
  const rows = actions.filter(
    (a) =>
      (!text || fold(`${a.title} ${a.description} ${a.channel} ${a.ownerName} ${a.providerName}`).includes(text)) &&
      (!query.statuses?.length || query.statuses.includes(a.status)) &&
      (query.phaseId === undefined || a.phaseId === query.phaseId) &&
      (!query.channel || a.channel === query.channel) &&
      (!query.ownerKind || a.ownerKind === query.ownerKind) &&
      (query.objectiveId === undefined || a.objectiveIds.includes(query.objectiveId)) &&
      (!query.onlyWithWarnings || a.warnings.length > 0),
  );
  if (query.sort) {
    const key = KEYS[query.sort.key];
    const cmp = query.sort.key === 'startDate' || query.sort.key === 'endDate' ? compareDays : compare;
    const sign = query.sort.dir === 'asc' ? 1 : -1;
    rows.sort((a, b) => {
      const c = cmp(key(a), key(b));
      if (!Number.isFinite(c)) return c > 0 ? 1 : -1;
      return c * sign || a.position - b.position;
    });
  }
  return { rows, total: actions.length };
}
