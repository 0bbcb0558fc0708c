import { useTranslation } from 'react-i18next';
import { ChartDataTable } from '../../charts/ChartDataTable';
import { ChartLegend } from '../../charts/ChartLegend';
import { GroupedBars } from '../../charts/GroupedBars';
import { SCREEN_CHART_FONT } from '../../charts/seriesColours';
import { useChartColours } from '../../charts/useChartColours';
import type { Series } from '../../charts/chartProps';
import type { BenchmarkSummaryRow, Competitor } from '../../shared/model/benchmark';
import { ADVISED_MAX_COMPETITORS } from '../../shared/model/benchmark';
import { Card } from '../../ui';
import { formatScore } from '../audit/formatScore';

const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

/** Grouped bars per channel: the client then at most five competitors (six series stay readable), with the same figures as a table. */
export function BenchmarkChart({ rows, competitors, clientName }: { rows: BenchmarkSummaryRow[]; competitors: Competitor[]; clientName: string }) {
  const { t, i18n } = useTranslation('benchmark');
  const colours = useChartColours();
  const shown = competitors.slice(0, ADVISED_MAX_COMPETITORS);
  const series: Series[] = [
    { key: 's0', label: clientName || t('grid.client'), color: colours.series[0]! },
    ...shown.map((c, i) => ({ key: `s${i + 1}`, label: c.name, color: colours.series[i + 1]! })),
  ];
  const data = rows
    .map((r) => {
      const row: { category: string; [k: string]: string | number | null } = { category: r.channelName, s0: round1(r.client) };
      shown.forEach((c, i) => (row[`s${i + 1}`] = round1(r.competitors[c.id] ?? null)));
      return row;
    })
    .filter((row) => series.some((s) => row[s.key] !== null));
  return (
    <Card title={t('chart.title')} description={competitors.length > ADVISED_MAX_COMPETITORS ? t('chart.only5') : undefined}>
      {data.length === 0 ? (
        <p className="bench-empty">{t('chart.empty')}</p>
      ) : (
        <div data-testid="benchmark-chart" data-series={series.length}>
          <ChartLegend series={series} />
          <figure className="chart-figure" inert>
            <GroupedBars data={data} series={series} domain={[0, 5]} width={Math.max(640, data.length * 30 * series.length / 2)} height={data.length > 5 ? 380 : 320} fontFamily={SCREEN_CHART_FONT} />
          </figure>
          <ChartDataTable caption={t('chart.caption')} categoryHeader={t('chart.channel')} rows={data} series={series} format={(v) => formatScore(v, i18n.language, false)} />
        </div>
      )}
    </Card>
  );
}
