import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/routing/route';
import { Card, CheckIcon } from '../../ui';
import type { EngagementCounts } from '../../shared/model/engagement';
import { stepStates } from './steps';

/** The seven steps of the method, each with what it holds so far. */
export function StepProgress({ engagementId, counts }: { engagementId: string; counts: EngagementCounts }) {
  const { t } = useTranslation('overview');
  return (
    <Card title={t('steps.title')} description={t('steps.description')}>
      <ol className="step-list">
        {stepStates(counts).map((step, index) => (
          <li key={step.id} className={`step-list__item${step.started ? ' step-list__item--started' : ''}`}>
            <span className="step-list__marker" aria-hidden="true">
              {step.started ? <CheckIcon size={12} /> : index + 1}
            </span>
            <a className="step-list__name" href={routeHref({ name: 'engagement', engagementId, section: step.id })}>
              {t(`steps.${step.id}`)}
            </a>
            <span className="step-list__detail">
              {step.started && <span className="visually-hidden">{t('steps.done')} — </span>}
              {step.started
                ? t(`steps.detail.${step.id}`, { count: step.count, total: step.total ?? 0 })
                : t('steps.notStarted')}
            </span>
          </li>
        ))}
      </ol>
    </Card>
  );
}
