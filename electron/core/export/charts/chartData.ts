import type { RadarDatum } from '../../../../src/charts/AuditRadar';
import type { Series } from '../../../../src/charts/chartProps';
import type { BarDatum } from '../../../../src/charts/GroupedBars';
import type { TimelineRow } from '../../../../src/charts/PlanTimeline';
import type { Fmt } from '../kit/format';
import type { Labels } from '../kit/labels';
import { meanScore } from '../snapshot/audit';
import type { EngagementSnapshot } from '../snapshot';

const round1 = (value: number) => Math.round(value * 10) / 10;

/** The client's audit score per channel. */
export function auditRadarData(snap: EngagementSnapshot, fmt: Fmt): RadarDatum[] {
  return snap.audit.channels.filter((c) => c.score !== null).map((c) => ({ axis: fmt.text(c.name), client: round1(c.score ?? 0) }));
}

/** Mean benchmark score per channel: the client, then up to five competitors (≤ 6 series stay readable). */
export function benchmarkData(snap: EngagementSnapshot, fmt: Fmt, L: Labels, colours: string[]): { data: BarDatum[]; series: Series[] } {
  const competitors = snap.benchmark.competitors.slice(0, 5);
  const series: Series[] = [
    { key: 's0', label: fmt.text(snap.engagement.info.clientName) || L.bench.client, color: colours[0]! },
    ...competitors.map((c, i) => ({ key: `s${i + 1}`, label: fmt.text(c.name), color: colours[i + 1]! })),
  ];
  const data: BarDatum[] = [];
  for (const channel of snap.audit.channels) {
    const ids = new Set(channel.criteria.map((c) => c.id));
    const row: BarDatum = { category: fmt.text(channel.name), s0: channel.score === null ? null : round1(channel.score) };
    let any = channel.score !== null;
    competitors.forEach((competitor, i) => {
      const score = meanScore(competitor.scores.filter((s) => ids.has(s.criterionId)));
      row[`s${i + 1}`] = score === null ? null : round1(score);
      any ||= score !== null;
    });
    if (any) data.push(row);
  }
  return { data, series };
}

export function budgetByPhase(snap: EngagementSnapshot, L: Labels): { name: string; planned: number; actual: number }[] {
  const groups = [...snap.plan.phases.map((p) => ({ id: p.id as number | null, name: p.name })), { id: null, name: L.plan.noPhase }];
  return groups
    .map((g) => {
      const actions = snap.plan.actions.filter((a) => a.phaseId === g.id && a.status !== 'dropped');
      return {
        name: g.name,
        planned: actions.reduce((sum, a) => sum + a.budgetPlannedCents, 0),
        actual: actions.reduce((sum, a) => sum + a.budgetActualCents, 0),
      };
    })
    .filter((g) => g.planned > 0 || g.actual > 0 || (g.name !== L.plan.noPhase && snap.plan.phases.length > 0));
}

/** Actions with dates, grouped under their phase's title. At most 40 rows, so the image fits a page. */
export function timelineRows(snap: EngagementSnapshot, fmt: Fmt, L: Labels, colours: string[]): TimelineRow[] {
  const rows: TimelineRow[] = [];
  const groups = [...snap.plan.phases.map((p) => ({ id: p.id as number | null, name: p.name })), { id: null, name: L.plan.noPhase }];
  groups.forEach((group, index) => {
    const actions = snap.plan.actions.filter((a) => a.phaseId === group.id && a.status !== 'dropped' && (a.startDate || a.endDate));
    if (!actions.length) return;
    rows.push({ label: fmt.text(group.name), start: '', end: '', color: '', heading: true });
    for (const a of actions) {
      const start = (a.startDate ?? a.endDate)!;
      rows.push({ label: fmt.text(a.title), start, end: a.endDate ?? start, color: colours[index % colours.length]!, milestone: a.isMilestone });
    }
  });
  return rows.slice(0, 40);
}
