import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../app/i18n/useUiLanguage';
import { formatPercent, localeOf } from '../../app/format/intl';
import { ChartLegend } from '../../charts/ChartLegend';
import { GroupedBars } from '../../charts/GroupedBars';
import { niceScale } from '../../charts/niceScale';
import { useChartColours } from '../../charts/useChartColours';
import type { BudgetLine } from '../../shared/model/plan';
import { Banner, Button, Card, Loading, ProgressBar } from '../../ui';
import { SectionLink } from '../engagement/SectionLink';
import { PlanEmptyState } from './PlanEmptyState';
import { euros } from './planFormat';
import { usePlanQuery } from './usePlan';

const FONT = 'Inter, system-ui, sans-serif';

/** Planned vs spent by phase, channel and month, against the envelope; an overrun is said in words, not only in red. */
export function BudgetView({ engagementId, firstAction, onOpenTable }: { engagementId: string; firstAction: boolean; onOpenTable?: (() => void) | undefined }) {
  const { t } = useTranslation('plan');
  const { t: tEmpty } = useTranslation('planEmpty');
  const { lang } = useUiLanguage();
  const colours = useChartColours();
  const budget = usePlanQuery(engagementId, 'plan:budget', { engagementId }).data;
  if (!budget) return <Loading label="…" />;
  const month = new Intl.DateTimeFormat(localeOf(lang), { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const label = (l: BudgetLine, kind: 'phase' | 'channel' | 'month') =>
    kind === 'month' ? (l.key === 'undated' ? t('budget.undated') : month.format(new Date(`${l.key}-01T00:00:00Z`))) : l.label || t('budget.none');
  const series = [{ key: 'planned', label: t('budget.planned'), color: colours.planned }, { key: 'actual', label: t('budget.actual'), color: colours.actual }];
  const chart = (lines: BudgetLine[], kind: 'phase' | 'channel' | 'month') => (
    <>
      <ChartLegend series={series} />
      <figure className="chart-figure" inert>
        <GroupedBars
          width={720}
          // Many categories slant their names under the bars: more height keeps the bars readable.
          height={lines.length > 6 ? 380 : 280}
          scale={niceScale(0, Math.max(0, ...lines.map((l) => Math.max(l.plannedCents, l.actualCents) / 100)))}
          fontFamily={FONT}
          data={lines.map((l) => ({ category: label(l, kind), planned: l.plannedCents / 100, actual: l.actualCents / 100 }))}
          series={series}
          tickFormat={(v) => euros(v * 100, lang)}
        />
      </figure>
      <table className="ui-table plan-budget__table">
        <caption className="visually-hidden">{t('budget.tableCaption')}</caption>
        <thead><tr><th scope="col">{kind === 'month' ? t('budget.month') : t(`columns.${kind}`)}</th><th scope="col" className="ui-table__numeric">{t('budget.planned')}</th><th scope="col" className="ui-table__numeric">{t('budget.actual')}</th></tr></thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.key}><th scope="row">{label(l, kind)}</th><td className="ui-table__numeric">{euros(l.plannedCents, lang)}</td><td className="ui-table__numeric">{euros(l.actualCents, lang)}</td></tr>
          ))}
        </tbody>
      </table>
    </>
  );
  const base = budget.envelopeCents ?? budget.plannedCents;
  return (
    <div className="plan-budget" data-testid="budget-view">
      <div className="plan-figures">
        <Figure label={t('budget.envelope')} value={budget.envelopeCents === null ? '—' : euros(budget.envelopeCents, lang)} />
        <Figure label={t('budget.planned')} value={euros(budget.plannedCents, lang)} danger={budget.plannedOverEnvelopeCents > 0} testId="budget-planned" />
        <Figure label={t('budget.actual')} value={euros(budget.actualCents, lang)} danger={budget.actualOverEnvelopeCents > 0} />
      </div>
      {base > 0 && <ProgressBar value={budget.actualCents / base} label={t("budget.actual")} valueText={formatPercent(budget.actualCents / base, lang)} />}
      {budget.envelopeCents === null && (
        <Banner actions={<SectionLink engagementId={engagementId} section="overview">{tEmpty('envelope')}</SectionLink>}>{t('budget.noEnvelope')}</Banner>
      )}
      {budget.plannedOverEnvelopeCents > 0 && <Banner tone="danger">{t('budget.overPlanned', { amount: euros(budget.plannedOverEnvelopeCents, lang) })}</Banner>}
      {budget.actualOverEnvelopeCents > 0 && <Banner tone="danger">{t('budget.overActual', { amount: euros(budget.actualOverEnvelopeCents, lang) })}</Banner>}
      {/* Nothing planned nor spent: three empty chart frames would say nothing. */}
      {budget.plannedCents === 0 && budget.actualCents === 0 ? (
        <PlanEmptyState view="budget" actions={onOpenTable && <Button variant="primary" onClick={onOpenTable}>{tEmpty(firstAction ? 'start' : 'budget.action')}</Button>} />
      ) : (
        <div className="plan-budget__grid">
          <Card title={t('budget.byPhase')}>{chart(budget.byPhase, 'phase')}</Card>
          <Card title={t('budget.byMonth')}>{chart(budget.byMonth, 'month')}</Card>
          <Card title={t('budget.byChannel')}>{chart(budget.byChannel, 'channel')}</Card>
          {budget.overBudgetActions.length > 0 && (
            <Card title={t('budget.overActions')}>
              <ul className="plan-list">
                {budget.overBudgetActions.map((a) => (
                  <li key={a.id}>{a.title} — <strong className="plan-danger">+{euros(a.overCents, lang)}</strong></li>
                ))}
              </ul>
            </Card>
          )}
        </div>
      )}
    </div>
  );
}

function Figure({ label, value, danger, testId }: { label: string; value: string; danger?: boolean; testId?: string }) {
  return (
    <div className={danger ? 'plan-figure plan-figure--danger' : 'plan-figure'}>
      <span className="plan-figure__label">{label}</span>
      <span className="plan-figure__value" data-testid={testId}>{value}</span>
    </div>
  );
}
