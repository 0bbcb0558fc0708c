import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../app/queries/useApiQuery';
import { useUiLanguage } from '../../app/i18n/useUiLanguage';
import { formatNumber } from '../../app/format/intl';
import { KpiLines } from '../../charts/KpiLines';
import { SCREEN_CHART_FONT } from '../../charts/seriesColours';
import { useChartColours } from '../../charts/useChartColours';
import { Button, Card, Loading, Select } from '../../ui';
import { SectionLink } from '../engagement/SectionLink';
import { PlanEmptyState } from './PlanEmptyState';
import { KpiCsvImport } from './KpiCsvImport';
import { KpiDataTable } from './KpiDataTable';
import { euros, formatDay } from './planFormat';
import { usePlanMutation, usePlanQuery } from './usePlan';

/** Pilotage: one objective's KPI against its target, CSV import, and the alerts (each can become a corrective action). */
export function SteeringView({ engagementId, readOnly }: { engagementId: string; readOnly: boolean }) {
  const { t } = useTranslation('plan');
  const { lang } = useUiLanguage();
  const colours = useChartColours();
  const objectiveList = useApiQuery(['objective:list', engagementId], 'objective:list', { engagementId }).data;
  const objectives = objectiveList ?? [];
  const [picked, setPicked] = useState('');
  const objectiveId = Number(picked || objectives[0]?.id || 0) || null;
  const series = usePlanQuery(engagementId, 'measurement:series', { engagementId, objectiveId: objectiveId ?? 1 }, [objectiveId]).data;
  const alerts = usePlanQuery(engagementId, 'alert:list', { engagementId }).data ?? [];
  const toAction = usePlanMutation(engagementId, 'alert:toAction');
  const withUnit = (value: number) => `${formatNumber(value, lang)}${series?.unit ? `\u00a0${series.unit}` : ''}`;
  const { t: tEmpty } = useTranslation('planEmpty');
  if (!objectiveList) return <Loading label="…" />;
  return (
    <div className="plan-steering">
      {/* Steering follows objectives: without one, an empty picker and an import with nowhere to go. */}
      {objectiveList.length === 0 ? (
        <PlanEmptyState view="steering" actions={<SectionLink engagementId={engagementId} section="objectives" primary>{tEmpty('steering.action')}</SectionLink>} />
      ) : (
        <>
          <Card title={t('steering.chartTitle')}>
            <Select label={t('steering.objective')} value={String(objectiveId ?? '')} onChange={setPicked} options={objectives.map((o) => ({ value: String(o.id), label: o.statement }))} />
            {objectiveId && series && (
              series.points.length === 0 ? (
                <p className="plan-hint">{t('steering.noMeasure')}</p>
              ) : (
                <div data-testid="kpi-chart">
                  <figure className="chart-figure" inert>
                    <KpiLines
                      width={640}
                      height={260}
                      fontFamily={SCREEN_CHART_FONT}
                      points={series.points.map((p) => ({ label: formatDay(p.measuredOn, lang), value: p.value }))}
                      target={series.target}
                      targetLabel={series.target === null ? '' : `${t('steering.target')} ${withUnit(series.target)}${series.deadline ? ` · ${formatDay(series.deadline, lang)}` : ''}`}
                      color={colours.planned}
                      targetColor={colours.target}
                      tickFormat={(v) => formatNumber(v, lang)}
                    />
                  </figure>
                  <KpiDataTable series={series} lang={lang} withUnit={withUnit} />
                </div>
              )
            )}
          </Card>
          {!readOnly && <KpiCsvImport engagementId={engagementId} objectiveId={null} />}
        </>
      )}
      <Card title={t('steering.alertsTitle')}>
        {alerts.length === 0 ? (
          <p className="plan-hint">{t('steering.noAlert')}</p>
        ) : (
          <ul className="plan-alerts">
            {alerts.map((a) => (
              <li key={a.key} className={`plan-alert plan-alert--${a.kind}`}>
                <span>
                  <strong>{t(`steering.alerts.${a.kind}`, { figure: a.figure, count: a.figure ?? 0 })}</strong>
                  {a.kind === 'action_over_budget' && a.figure !== null && ` (+${euros(a.figure, lang)})`} — {a.label}
                </span>
                {!readOnly && (
                  <Button size="sm" onClick={() => toAction.mutate({ engagementId, kind: a.kind, subjectId: a.subjectId, title: t('steering.correctiveTitle', { label: a.label }).slice(0, 480) })}>
                    {t('steering.toAction')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
