import { useTranslation } from 'react-i18next';
import { formatEuros, formatIsoDate, formatPercent } from '../../app/format/intl';
import { useUiLanguage } from '../../app/i18n/useUiLanguage';
import type { EngagementOverview } from '../../shared/model/engagement';
import { ProgressBar } from '../../ui';
import { stepStates } from './steps';

const DAY_MS = 86_400_000;

function daysBetween(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS) + 1;
}

/** Four tiles: period, budget envelope vs planned, progress, stakeholders. */
export function KeyFigures({ overview }: { overview: EngagementOverview }) {
  const { t } = useTranslation('overview');
  const { lang } = useUiLanguage();
  const { info, plannedBudgetCents, stakeholders } = overview;
  const start = info.startDate ? formatIsoDate(info.startDate, lang, 'medium') : null;
  const end = info.endDate ? formatIsoDate(info.endDate, lang, 'medium') : null;
  const period =
    start && end
      ? t('figures.periodRange', { start, end })
      : start
        ? t('figures.periodFrom', { start })
        : end
          ? t('figures.periodUntil', { end })
          : t('figures.periodNone');
  const days = info.startDate && info.endDate ? daysBetween(info.startDate, info.endDate) : null;
  const envelope = info.budgetEnvelopeCents;
  const over = envelope !== null && plannedBudgetCents > envelope;
  const stepsDone = stepStates(overview.counts).filter((step) => step.started).length;
  const approvers = stakeholders.filter((s) => s.isApprover).length;

  return (
    <section className="key-figures" aria-label={t('figures.label')}>
      <div className="key-figure">
        <h2 className="key-figure__label">{t('figures.period')}</h2>
        <p className="key-figure__value key-figure__value--text">{period}</p>
        {days !== null && days > 0 && <p className="key-figure__sub">{t('figures.periodDays', { count: days })}</p>}
      </div>
      <div className="key-figure">
        <h2 className="key-figure__label">{t('figures.budget')}</h2>
        <p className="key-figure__value" data-testid="budget-envelope">
          {envelope === null ? t('figures.budgetNone') : formatEuros(envelope, lang)}
        </p>
        {envelope !== null && (
          <p className={`key-figure__sub${over ? ' key-figure__sub--danger' : ''}`}>
            {t(over ? 'figures.budgetOver' : 'figures.budgetPlanned', {
              planned: formatEuros(plannedBudgetCents, lang),
            })}
          </p>
        )}
      </div>
      <div className="key-figure">
        <h2 className="key-figure__label">{t('figures.progress')}</h2>
        <p className="key-figure__value">{formatPercent(overview.progress, lang)}</p>
        <ProgressBar
          value={stepsDone / 7}
          label={t('figures.progress')}
          valueText={t('figures.progressSteps', { count: stepsDone })}
        />
      </div>
      <div className="key-figure">
        <h2 className="key-figure__label">{t('figures.stakeholders')}</h2>
        <p className="key-figure__value">{stakeholders.length}</p>
        <p className="key-figure__sub">
          {stakeholders.length === 0
            ? t('figures.stakeholdersNone')
            : t('figures.stakeholdersApprovers', { count: approvers })}
        </p>
      </div>
    </section>
  );
}
