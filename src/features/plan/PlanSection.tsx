import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader, Tabs } from '../../ui';
import type { SectionProps } from '../engagement/sectionTypes';
import { ActionEditorDialog } from './ActionEditorDialog';
import { ActionKanban } from './ActionKanban';
import { ActionTableView } from './ActionTableView';
import { ApprovalView } from './ApprovalView';
import { BudgetView } from './BudgetView';
import { NewActionForm } from './NewActionForm';
import { PhasesCard } from './PhasesCard';
import { ProvidersCard } from './ProvidersCard';
import './plan.css';
import './planMessages';
import { QuotesView } from './QuotesView';
import { RisksView } from './RisksView';
import { SteeringView } from './SteeringView';
import { TimelineView } from './TimelineView';
import { useJumpHolder } from '../../app/jump/jumpTarget';
import { PlanEmptyState } from './PlanEmptyState';
import { usePlanQuery } from './usePlan';

const TABS = ['table', 'kanban', 'timeline', 'budget', 'quotes', 'approval', 'steering', 'risks'] as const;
type Tab = (typeof TABS)[number];

/** « Plan d'action »: one plan, several views of it, then validation and steering. */
export default function PlanSection({ engagementId, readOnly }: SectionProps) {
  const { t } = useTranslation('plan');
  const [tab, setTab] = useState<Tab>('table');
  const [editingId, setEditingId] = useState<number | null>(null);
  // Each « Créer la première action » remounts the form with the focus in its title.
  const [newActionFocus, setNewActionFocus] = useState(0);
  const actions = usePlanQuery(engagementId, 'action:list', { engagementId }).data;
  const noAction = actions?.length === 0;
  const startAction = readOnly
    ? undefined
    : () => {
        setTab('table');
        setNewActionFocus((n) => n + 1);
      };
  // The kanban shows every action at once (the table renders only the rows in view).
  useJumpHolder('plan', (target) => setTab(target.kind === 'risk' ? 'risks' : 'kanban'));
  const panel = (value: Tab) => {
    switch (value) {
      case 'table':
        return (
          <>
            {!readOnly && <NewActionForm key={newActionFocus} engagementId={engagementId} autoFocus={newActionFocus > 0} />}
            {noAction ? <PlanEmptyState view="table" onStart={startAction} /> : <ActionTableView engagementId={engagementId} onEdit={setEditingId} />}
          </>
        );
      case 'kanban':
        return noAction ? <PlanEmptyState view="kanban" onStart={startAction} /> : <ActionKanban engagementId={engagementId} readOnly={readOnly} onEdit={setEditingId} />;
      case 'timeline':
        return (
          <>
            {noAction ? <PlanEmptyState view="timeline" onStart={startAction} /> : <TimelineView engagementId={engagementId} onOpenTable={() => setTab('table')} />}
            <PhasesCard engagementId={engagementId} readOnly={readOnly} />
          </>
        );
      case 'budget':
        return <BudgetView engagementId={engagementId} firstAction={noAction} onOpenTable={noAction ? startAction : () => setTab('table')} />;
      case 'quotes':
        return (
          <>
            {noAction ? <PlanEmptyState view="quotes" onStart={startAction} /> : <QuotesView engagementId={engagementId} readOnly={readOnly} />}
            <ProvidersCard engagementId={engagementId} readOnly={readOnly} />
          </>
        );
      case 'approval':
        // An empty plan has nothing to submit (a plan emptied after a decision keeps its history).
        return noAction ? <PlanEmptyState view="approval" onStart={startAction} /> : <ApprovalView engagementId={engagementId} readOnly={readOnly} />;
      case 'steering':
        return <SteeringView engagementId={engagementId} readOnly={readOnly} />;
      case 'risks':
        return <RisksView engagementId={engagementId} readOnly={readOnly} />;
    }
  };
  return (
    <div className="plan">
      <PageHeader eyebrow={t('eyebrow')} title={t('title')} description={t('description')} />
      <Tabs label={t('title')} value={tab} onChange={setTab} items={TABS.map((value) => ({ value, label: t(`tabs.${value}`), panel: value === tab ? panel(value) : null }))} />
      <ActionEditorDialog engagementId={engagementId} actionId={editingId} readOnly={readOnly} onClose={() => setEditingId(null)} />
    </div>
  );
}
