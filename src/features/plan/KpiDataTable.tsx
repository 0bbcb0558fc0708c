import { useTranslation } from 'react-i18next';
import { ChartDataTable } from '../../charts/ChartDataTable';
import type { Lang } from '../../shared/lang';
import type { KpiSeries } from '../../shared/model/steering';
import { formatDay } from './planFormat';

/** The KPI chart's figures as a table: each measurement by date, then the target and its deadline. */
export function KpiDataTable({ series, lang, withUnit }: { series: KpiSeries; lang: Lang; withUnit: (value: number) => string }) {
  const { t } = useTranslation('plan');
  const rows: { category: string; value: number | null }[] = series.points.map((p) => ({ category: formatDay(p.measuredOn, lang), value: p.value }));
  if (series.target !== null) {
    rows.push({ category: series.deadline ? `${t('steering.target')} · ${formatDay(series.deadline, lang)}` : t('steering.target'), value: series.target });
  }
  return (
    <ChartDataTable
      caption={t('steering.tableCaption', { statement: series.statement })}
      categoryHeader={t('steering.date')}
      rows={rows}
      series={[{ key: 'value', label: t('steering.value'), color: '' }]}
      format={(v) => (v === null ? '—' : withUnit(v))}
    />
  );
}
