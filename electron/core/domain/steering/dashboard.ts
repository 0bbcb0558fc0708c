import type { Phase, PlanAction } from '../../../../src/shared/model/plan';
import type { PlanAlert, PlanDashboard } from '../../../../src/shared/model/steering';

/** The overview's plan block: progress by phase, budget consumed, the next deadlines, alerts. */
export function buildDashboard(phases: Phase[], actions: PlanAction[], alerts: PlanAlert[], envelopeCents: number | null, today: string): PlanDashboard {
  const live = actions.filter((a) => a.status !== 'dropped');
  const groups = [...phases.map((p) => ({ phaseId: p.id as number | null, name: p.name })), { phaseId: null, name: '' }];
  const progressByPhase = groups
    .map((g) => {
      const inPhase = live.filter((a) => a.phaseId === g.phaseId);
      const done = inPhase.filter((a) => a.status === 'done').length;
      return { ...g, total: inPhase.length, done, percent: inPhase.length ? Math.round((done / inPhase.length) * 100) : 0 };
    })
    .filter((g) => g.total > 0);
  const open = live.filter((a) => a.status !== 'done' && a.endDate !== null);
  // Late ones first (they are the most urgent "next" deadlines), then the coming ones by date.
  const nextDeadlines = [...open.filter((a) => a.late), ...open.filter((a) => !a.late && a.endDate! >= today)]
    .sort((a, b) => Number(b.late) - Number(a.late) || a.endDate!.localeCompare(b.endDate!))
    .slice(0, 5)
    .map((a) => ({ id: a.id, title: a.title, endDate: a.endDate!, isMilestone: a.isMilestone, late: a.late }));
  return {
    progressByPhase,
    envelopeCents,
    plannedCents: live.reduce((s, a) => s + a.budgetPlannedCents, 0),
    actualCents: actions.reduce((s, a) => s + a.budgetActualCents, 0),
    nextDeadlines,
    alerts: alerts.slice(0, 5),
    alertCount: alerts.length,
  };
}
