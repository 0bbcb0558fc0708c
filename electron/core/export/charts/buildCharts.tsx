/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { AuditRadar } from '../../../../src/charts/AuditRadar';
import { GroupedBars } from '../../../../src/charts/GroupedBars';
import { KpiLines } from '../../../../src/charts/KpiLines';
import { PlanTimeline, timelineHeight } from '../../../../src/charts/PlanTimeline';
import type { ChartImage } from '../kit/context';
import type { Fmt } from '../kit/format';
import type { Labels } from '../kit/labels';
import { seriesColours, type Theme } from '../kit/theme';
import type { EngagementSnapshot } from '../snapshot';
import { auditRadarData, benchmarkData, budgetByPhase, timelineRows } from './chartData';
import { withChartDom } from './renderSvg';
import { toChartImage } from './toImage';

/** Which charts a deliverable may show; the builders look them up by these keys. */
export const chartKey = {
  auditRadar: 'auditRadar',
  benchmarkBars: 'benchmarkBars',
  benchmarkRadar: 'benchmarkRadar',
  budget: 'budgetByPhase',
  timeline: 'timeline',
  kpi: (objectiveId: number) => `kpi:${objectiveId}`,
} as const;

/** The kinds of chart a deliverable may show (a deliverable lists those it needs, see catalog.ts). */
export type ChartFamily = 'auditRadar' | 'benchmark' | 'budget' | 'timeline' | 'kpi';
export const CHART_FAMILIES: readonly ChartFamily[] = ['auditRadar', 'benchmark', 'budget', 'timeline', 'kpi'];

/**
 * Draws the charts of the given families the engagement has data for, once, for all the
 * deliverables of the job. Each PNG is rasterised on libuv's thread pool (resvg's renderAsync)
 * while the next chart renders, and all are awaited at the end.
 */
export async function buildCharts(snap: EngagementSnapshot, theme: Theme, fmt: Fmt, L: Labels, families: ReadonlySet<ChartFamily> = new Set(CHART_FAMILIES)): Promise<Record<string, ChartImage>> {
  if (families.size === 0) return {};
  const fontFamily = theme.chartFont;
  const colours = seriesColours(theme);
  // Each chart's PNG is still rasterising when the next one renders: all are awaited at the end.
  const charts: Record<string, Promise<ChartImage>> = {};
  await withChartDom(async (render) => {
    const radar = families.has('auditRadar') ? auditRadarData(snap, fmt) : [];
    if (radar.length >= 3) {
      const series = [{ key: 'client', label: fmt.text(snap.engagement.info.clientName), color: colours[0]! }];
      charts[chartKey.auditRadar] = toChartImage(await render(<AuditRadar data={radar} series={series} width={620} height={400} fontFamily={fontFamily} />), { width: 620, height: 400, fontFamily });
    }
    const bench = families.has('benchmark') ? benchmarkData(snap, fmt, L, colours) : { data: [], series: [] };
    if (bench.data.length && bench.series.length > 1) {
      charts[chartKey.benchmarkBars] = toChartImage(
        await render(<GroupedBars data={bench.data} series={bench.series} domain={[0, 5]} width={640} height={bench.data.length > 5 ? 380 : 320} fontFamily={fontFamily} />),
        { width: 640, height: bench.data.length > 5 ? 380 : 320, fontFamily, legend: bench.series },
      );
      // The radar keeps only channels scored for everyone: an unscored channel drawn as 0 would read as a weakness.
      const complete = bench.data.filter((row) => bench.series.every((s) => typeof row[s.key] === 'number'));
      if (complete.length >= 3) {
        const radarData = complete.map(({ category, ...rest }) => ({ axis: category, ...Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, v ?? 0])) }));
        charts[chartKey.benchmarkRadar] = toChartImage(
          await render(<AuditRadar data={radarData} series={bench.series} width={620} height={400} fontFamily={fontFamily} />),
          { width: 620, height: 400, fontFamily, legend: bench.series },
        );
      }
    }
    const budget = families.has('budget') ? budgetByPhase(snap, L) : [];
    if (budget.some((b) => b.planned > 0)) {
      const data = budget.map((b) => ({ category: fmt.text(b.name), planned: b.planned / 100, actual: b.actual / 100 }));
      const hasActual = budget.some((b) => b.actual > 0);
      const series = [{ key: 'planned', label: L.plan.planned, color: colours[0]! }, ...(hasActual ? [{ key: 'actual', label: L.plan.actual, color: colours[1]! }] : [])];
      const euros = (v: number) => fmt.money(Math.round(v * 100));
      charts[chartKey.budget] = toChartImage(
        await render(<GroupedBars data={data} series={series} width={640} height={300} fontFamily={fontFamily} valueLabel={euros} tickFormat={euros} />),
        { width: 640, height: 300, fontFamily, legend: series },
      );
    }
    const rows = families.has('timeline') ? timelineRows(snap, fmt, L, colours) : [];
    if (rows.some((r) => !r.heading)) {
      charts[chartKey.timeline] = toChartImage(await render(<PlanTimeline rows={rows} width={680} fontFamily={fontFamily} locale={fmt.locale} />), { width: 680, height: timelineHeight(rows.length), fontFamily });
    }
    for (const objective of families.has('kpi') ? snap.objectives.objectives : []) {
      if (!objective.measurements.length) continue;
      const points = [
        ...(objective.baseline !== null ? [{ label: L.objective.baseline, value: objective.baseline }] : []),
        ...objective.measurements.map((m) => ({ label: fmt.shortDate(m.measuredOn), value: m.value })),
      ];
      const targetLabel = objective.target === null ? '' : `${L.objective.target} ${fmt.withUnit(objective.target, objective.unit)}`;
      charts[chartKey.kpi(objective.id)] = toChartImage(
        await render(<KpiLines points={points} target={objective.target} targetLabel={targetLabel} color={colours[0]!} targetColor={colours[1]!} width={560} height={230} fontFamily={fontFamily} />),
        { width: 560, height: 230, fontFamily },
      );
    }
  });
  const keys = Object.keys(charts);
  const images = await Promise.all(keys.map((key) => charts[key]!));
  return Object.fromEntries(keys.map((key, index) => [key, images[index]!]));
}
