import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../app/i18n/useUiLanguage';
import type { ActionWarning, PlanAction } from '../../shared/model/plan';
import { Tag } from '../../ui';
import { euros } from './planFormat';

/**
 * An action's warnings as small tags (no objective, starts too early, late, over budget).
 * Memoised on the action (the query's row object, replaced when the action changes): the
 * virtualised table re-renders its visible rows on every scroll step, and each warning is
 * a translation with interpolation.
 */
export const ActionWarnings = memo(function ActionWarnings({ action, compact = false }: { action: PlanAction; compact?: boolean }) {
  const { t } = useTranslation('plan');
  const { lang } = useUiLanguage();
  if (action.warnings.length === 0) return null;
  const text = (w: ActionWarning) =>
    w.code === 'starts_before_prerequisite'
      ? t('warnings.starts_before_prerequisite', { title: w.prerequisiteTitle })
      : w.code === 'over_budget'
        ? t('warnings.over_budget', { amount: euros(w.overCents, lang) })
        : t(`warnings.${w.code}`);
  return (
    <span className={compact ? 'plan-warnings plan-warnings--compact' : 'plan-warnings'}>
      {action.warnings.map((w, i) => {
        const label = text(w);
        return (
          <Tag key={i} tone={w.code === 'no_objective' ? 'warning' : 'danger'} title={label}>
            {label}
          </Tag>
        );
      })}
    </span>
  );
});
