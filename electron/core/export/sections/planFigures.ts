import type { EngagementSnapshot } from '../snapshot';

/** Planned budget of the actions still in the plan (dropped ones excluded), HT cents. */
export function plannedBudget(snap: EngagementSnapshot): number {
  return snap.plan.actions.filter((a) => a.status !== 'dropped').reduce((sum, a) => sum + a.budgetPlannedCents, 0);
}

export function actualBudget(snap: EngagementSnapshot): number {
  return snap.plan.actions.reduce((sum, a) => sum + a.budgetActualCents, 0);
}

export function phaseName(snap: EngagementSnapshot, phaseId: number | null, fallback: string): string {
  return snap.plan.phases.find((p) => p.id === phaseId)?.name ?? fallback;
}
