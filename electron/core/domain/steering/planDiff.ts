import type { PlanChange, PlanSnapshot } from '../../../../src/shared/model/steering';

/**
 * What changed since the approved snapshot, action by action: added, removed
 * (or dropped), renamed, dates moved, planned budget changed. Pure, so the
 * deliverables can explain the same list.
 */
export function diffPlan(approved: PlanSnapshot, current: PlanSnapshot): PlanChange[] {
  // Action ids are never reused (see `newActionId`), so an id names the same action across snapshots.
  const before = new Map(approved.actions.map((a) => [a.id, a]));
  const now = new Map(current.actions.map((a) => [a.id, a]));
  const changes: PlanChange[] = [];
  for (const a of current.actions) {
    const old = before.get(a.id);
    if (!old) {
      changes.push({ kind: 'added', actionId: a.id, title: a.title, budgetPlannedCents: a.budgetPlannedCents });
      continue;
    }
    if (old.title !== a.title) changes.push({ kind: 'renamed', actionId: a.id, title: a.title, beforeTitle: old.title });
    if (old.startDate !== a.startDate || old.endDate !== a.endDate) {
      changes.push({ kind: 'dates', actionId: a.id, title: a.title, before: { start: old.startDate, end: old.endDate }, after: { start: a.startDate, end: a.endDate } });
    }
    if (old.budgetPlannedCents !== a.budgetPlannedCents) {
      changes.push({ kind: 'budget', actionId: a.id, title: a.title, beforeCents: old.budgetPlannedCents, afterCents: a.budgetPlannedCents });
    }
  }
  for (const old of approved.actions) {
    if (!now.has(old.id)) changes.push({ kind: 'removed', actionId: old.id, title: old.title, budgetPlannedCents: old.budgetPlannedCents });
  }
  return changes;
}
