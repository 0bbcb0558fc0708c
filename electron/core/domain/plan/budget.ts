import type { BudgetLine, Phase, PlanAction, PlanBudget } from '../../../../src/shared/model/plan';

function addTo(map: Map<string, BudgetLine>, key: string, label: string, a: PlanAction) {
  let line = map.get(key);
  if (!line) {
    line = { key, label, plannedCents: 0, actualCents: 0 };
    map.set(key, line);
  }
  line.plannedCents += a.budgetPlannedCents;
  line.actualCents += a.budgetActualCents;
}

/**
 * Planned vs actual (HT, integer cents) by phase, channel and month, against the
 * engagement's envelope. Dropped actions keep what was actually spent but no
 * longer count as planned. A month is the one the action starts in (else ends in).
 */
export function buildBudget(phases: Phase[], actions: PlanAction[], envelopeCents: number | null): PlanBudget {
  const counted = actions.map((a) => (a.status === 'dropped' ? { ...a, budgetPlannedCents: 0 } : a));
  const byPhase = new Map<string, BudgetLine>(phases.map((p) => [`phase:${p.id}`, { key: `phase:${p.id}`, label: p.name, plannedCents: 0, actualCents: 0 }]));
  const byChannel = new Map<string, BudgetLine>();
  const byMonth = new Map<string, BudgetLine>();
  let plannedCents = 0;
  let actualCents = 0;
  for (const a of counted) {
    plannedCents += a.budgetPlannedCents;
    actualCents += a.budgetActualCents;
    if (a.budgetPlannedCents === 0 && a.budgetActualCents === 0) continue;
    addTo(byPhase, a.phaseId === null ? 'phase:none' : `phase:${a.phaseId}`, a.phaseName, a);
    addTo(byChannel, a.channel ? `channel:${a.channel}` : 'channel:none', a.channel, a);
    const day = a.startDate ?? a.endDate;
    addTo(byMonth, day ? day.slice(0, 7) : 'undated', day ? day.slice(0, 7) : '', a);
  }
  return {
    envelopeCents,
    plannedCents,
    actualCents,
    plannedOverEnvelopeCents: envelopeCents === null ? 0 : Math.max(0, plannedCents - envelopeCents),
    actualOverEnvelopeCents: envelopeCents === null ? 0 : Math.max(0, actualCents - envelopeCents),
    byPhase: [...byPhase.values()],
    byChannel: [...byChannel.values()].sort((x, y) => y.plannedCents - x.plannedCents),
    byMonth: [...byMonth.values()].sort((x, y) => (x.key === 'undated' ? 1 : y.key === 'undated' ? -1 : x.key.localeCompare(y.key))),
    overBudgetActions: actions
      .filter((a) => a.budgetPlannedCents > 0 && a.budgetActualCents > a.budgetPlannedCents)
      .map((a) => ({ id: a.id, title: a.title, overCents: a.budgetActualCents - a.budgetPlannedCents })),
  };
}
