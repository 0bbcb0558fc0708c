import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, EmptyState, PlusIcon } from '../../ui';
import './planEmptyMessages';

export type EmptyPlanView = 'table' | 'kanban' | 'timeline' | 'budget' | 'quotes' | 'approval' | 'steering' | 'risks' | 'undated';

/**
 * A view of the plan with nothing to show yet: what the view is for, and the next
 * step (by default « Créer la première action », which opens the table's form).
 */
export function PlanEmptyState({ view, onStart, actions }: { view: EmptyPlanView; onStart?: (() => void) | undefined; actions?: ReactNode }) {
  const { t } = useTranslation('planEmpty');
  return (
    <div className="plan-empty" data-testid={`plan-empty-${view}`}>
      <EmptyState
        title={t(`${view}.title`)}
        actions={
          actions ??
          (onStart && (
            <Button variant="primary" icon={<PlusIcon />} onClick={onStart}>
              {t('start')}
            </Button>
          ))
        }
      >
        {t(`${view}.text`)}
      </EmptyState>
    </div>
  );
}
