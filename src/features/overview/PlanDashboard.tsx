import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../app/queries/useApiQuery';
import { formatPercent } from '../../app/format/intl';
import { useUiLanguage } from '../../app/i18n/useUiLanguage';
import { Card, EmptyState, ProgressBar, Tag } from '../../ui';
import { SectionLink } from '../engagement/SectionLink';
import { euros, formatDay } from '../plan/planFormat';
import '../plan/planMessages';
import '../plan/planEmptyMessages';
import './PlanDashboard.css';

/** The overview's plan block: progress by phase, budget consumed, next deadlines, alerts. */
export function PlanDashboard({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation('plan');
  const { t: tEmpty } = useTranslation('planEmpty');
  const { lang } = useUiLanguage();
  const d = useApiQuery(['plan', engagementId, 'steering:dashboard'], 'steering:dashboard', { engagementId }).data;
  if (!d) return null;
  if (d.progressByPhase.length === 0) {
    return (
      <Card title={t('dashboard.title')}>
        <EmptyState
          title={t('dashboard.none')}
          headingLevel={3}
          actions={<SectionLink engagementId={engagementId} section="plan">{tEmpty('dashboard.action')}</SectionLink>}
        >
          {tEmpty('dashboard.text')}
        </EmptyState>
      </Card>
    );
  }
  const base = d.envelopeCents ?? d.plannedCents;
  return (
    <Card title={t('dashboard.title')} data-testid="plan-dashboard">
      <div className="plan-dash">
        <section>
          <h3 className="plan-dash__title">{t('dashboard.progress')}</h3>
          {d.progressByPhase.map((p) => (
            <div key={p.phaseId ?? 'none'} className="plan-dash__phase">
              <span className="plan-dash__phase-name">{p.name || t('timeline.noPhase')}</span>
              <ProgressBar value={p.percent / 100} label={p.name || t('timeline.noPhase')} valueText={`${p.done}/${p.total} · ${formatPercent(p.percent / 100, lang)}`} />
            </div>
          ))}
        </section>
        <section>
          <h3 className="plan-dash__title">{t('dashboard.budget')}</h3>
          {base > 0 && <ProgressBar value={d.actualCents / base} label={t('budget.actual')} valueText={formatPercent(d.actualCents / base, lang)} />}
          <p className={d.actualCents > base ? 'plan-dash__over' : 'plan-dash__muted'}>
            {t('dashboard.budgetLine', { actual: euros(d.actualCents, lang), base: euros(base, lang) })}
          </p>
        </section>
        <section>
          <h3 className="plan-dash__title">{t('dashboard.deadlines')}</h3>
          {d.nextDeadlines.length === 0 ? (
            <p className="plan-dash__muted">{t('dashboard.noDeadline')}</p>
          ) : (
            <ul className="plan-dash__list">
              {d.nextDeadlines.map((a) => (
                <li key={a.id}>
                  <span className={a.late ? 'plan-dash__over' : undefined}>{formatDay(a.endDate, lang)}</span> {a.isMilestone ? '◆ ' : ''}{a.title}
                  {a.late && <> <Tag tone="danger">{t('timeline.late')}</Tag></>}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section>
          <h3 className="plan-dash__title">{t('dashboard.alerts', { count: d.alertCount })}</h3>
          <ul className="plan-dash__list">
            {d.alerts.map((a) => (
              <li key={a.key}><strong>{t(`steering.alerts.${a.kind}`, { figure: a.figure, count: a.figure ?? 0 })}</strong> — {a.label}</li>
            ))}
          </ul>
        </section>
      </div>
    </Card>
  );
}
