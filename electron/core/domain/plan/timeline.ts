import type { Phase, PlanAction, PlanTimelineData, TimelinePhase } from '../../../../src/shared/model/plan';

/**
 * The Gantt's data: phases in order with their dated actions, finish-to-start
 * links (flagged when the follower starts before its prerequisite ends), and the
 * date range to draw. Undated actions are left out; the table shows them.
 */
export function buildTimeline(phases: Phase[], actions: PlanAction[], today: string): PlanTimelineData {
  const dated = actions.filter((a) => a.startDate || a.endDate).sort((a, b) => (a.startDate ?? a.endDate!).localeCompare(b.startDate ?? b.endDate!) || a.position - b.position);
  const groups: TimelinePhase[] = phases.map((p) => ({ id: p.id, name: p.name, startDate: p.startDate, endDate: p.endDate, actions: [] }));
  const byId = new Map(groups.map((g) => [g.id, g]));
  let loose: TimelinePhase | null = null;
  for (const a of dated) {
    let group = a.phaseId === null ? undefined : byId.get(a.phaseId);
    if (!group) {
      loose ??= { id: null, name: '', startDate: null, endDate: null, actions: [] };
      group = loose;
    }
    group.actions.push({ id: a.id, title: a.title, startDate: a.startDate ?? a.endDate, endDate: a.endDate ?? a.startDate, isMilestone: a.isMilestone, status: a.status, late: a.late });
  }
  const shown = new Set(dated.map((a) => a.id));
  const dependencies = dated.flatMap((a) =>
    a.dependsOnIds.filter((id) => shown.has(id)).map((id) => ({ fromId: id, toId: a.id, conflict: a.warnings.some((w) => w.code === 'starts_before_prerequisite' && w.prerequisiteId === id) })),
  );
  const days = dated.flatMap((a) => [a.startDate, a.endDate]).concat(phases.flatMap((p) => [p.startDate, p.endDate])).filter((d): d is string => d !== null).sort();
  return {
    today,
    phases: (loose ? [...groups, loose] : groups).filter((g) => g.actions.length > 0 || g.startDate),
    dependencies,
    range: days.length ? { start: days[0]!, end: days[days.length - 1]! } : null,
  };
}
