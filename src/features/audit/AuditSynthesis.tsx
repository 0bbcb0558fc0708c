import { useTranslation } from 'react-i18next';
import { AuditRadar } from '../../charts/AuditRadar';
import { ChartDataTable } from '../../charts/ChartDataTable';
import { GroupedBars } from '../../charts/GroupedBars';
import { SCREEN_CHART_FONT } from '../../charts/seriesColours';
import { useChartColours } from '../../charts/useChartColours';
import type { AuditChannel } from '../../shared/model/audit';
import { Button, Card, EmptyState } from '../../ui';
import { formatScore } from './formatScore';
import { ImpactEffortMatrix } from './ImpactEffortMatrix';

const round1 = (v: number) => Math.round(v * 10) / 10;

/** The audit at a glance: scores per channel (radar from 3 channels, bars below) with their table, and the impact/effort matrix. */
export function AuditSynthesis({ channels, clientName, onOpenGrid }: { channels: AuditChannel[]; clientName: string; onOpenGrid: () => void }) {
  const { t, i18n } = useTranslation('audit');
  const colours = useChartColours();
  const scored = channels.filter((c) => c.enabled && c.score !== null);
  const series = [{ key: 'client', label: clientName || t('chart.client'), color: colours.series[0]! }];
  const rows = scored.map((c) => ({ category: c.name, client: round1(c.score!) }));
  // Nothing scored, nothing recommended: one explanation and the way back to the grid, not two empty cards.
  if (scored.length === 0 && channels.every((c) => c.recommendations.length === 0)) {
    return (
      <Card>
        <EmptyState title={t('synthesisEmpty.title')} actions={<Button variant="primary" onClick={onOpenGrid}>{t('synthesisEmpty.action')}</Button>}>
          {t('synthesisEmpty.text')}
        </EmptyState>
      </Card>
    );
  }
  return (
    <div className="audit-synthesis">
      <Card title={t('chart.title')}>
        {scored.length === 0 ? (
          <p className="audit-empty">{t('chart.empty')}</p>
        ) : (
          <div className="chart-block" data-testid="audit-chart" data-series={series.length}>
            <figure className="chart-figure" inert>
              {scored.length >= 3 ? (
                <AuditRadar data={rows.map((r) => ({ axis: r.category, client: r.client }))} series={series} width={640} height={420} fontFamily={SCREEN_CHART_FONT} />
              ) : (
                <GroupedBars data={rows} series={series} domain={[0, 5]} width={640} height={320} fontFamily={SCREEN_CHART_FONT} />
              )}
            </figure>
            <ChartDataTable caption={t('chart.caption')} categoryHeader={t('chart.channel')} rows={rows} series={[{ ...series[0]!, label: t('chart.score') }]} format={(v) => formatScore(v, i18n.language, false)} />
          </div>
        )}
      </Card>
      <ImpactEffortMatrix channels={channels} />
    </div>
  );
}
