import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AutosaveDateField, AutosaveMoneyField, AutosaveSelect, AutosaveTextArea, AutosaveTextField, useAutosaveBinding } from '../../app/save/autosaveFields';
import { ACTION_STATUSES, type ActionDetail, type ActionPriority, type ActionStatus, type PlanAction } from '../../shared/model/plan';
import { Button, Dialog, Loading, NumberField } from '../../ui';
import { ActionLinksFields } from './ActionLinksFields';
import { ActionWarnings } from './ActionWarnings';
import './actionEditorMessages';
import { ChannelField } from './ChannelField';
import { DependencyEditor } from './DependencyEditor';
import { OwnerFields } from './OwnerFields';
import { useActionEditor, useLocalValue, type ActionPatch } from './useActionEditor';
import { usePlanMutation, usePlanQuery } from './usePlan';

const PRIORITIES: ActionPriority[] = ['high', 'medium', 'low'];

/** Every field of one action, saved as it is typed (no Save button), from the table, the kanban or the timeline. */
export function ActionEditorDialog({ engagementId, actionId, readOnly, onClose }: { engagementId: string; actionId: number | null; readOnly: boolean; onClose: () => void }) {
  const { t } = useTranslation('actionEditor');
  const title = usePlanQuery(engagementId, 'action:list', { engagementId }).data?.find((a) => a.id === actionId)?.title;
  return (
    <Dialog open={actionId !== null} onClose={onClose} title={title ?? t('title')} description={t('description')} wide>
      {actionId !== null && <ActionEditorBody key={actionId} engagementId={engagementId} id={actionId} readOnly={readOnly} onDeleted={onClose} />}
    </Dialog>
  );
}

function ActionEditorBody({ engagementId, id, readOnly, onDeleted }: { engagementId: string; id: number; readOnly: boolean; onDeleted: () => void }) {
  const { t } = useTranslation('actionEditor');
  const { detail, patch } = useActionEditor(engagementId, id);
  const actions = usePlanQuery(engagementId, 'action:list', { engagementId }).data ?? [];
  if (!detail.data) return <Loading label={t('loading')} />;
  const action = detail.data;
  return (
    <fieldset className="action-editor" disabled={readOnly} data-testid="action-editor">
      <ActionWarnings action={action} />
      <Section title={t('sections.what')}>
        <AutosaveTextField className="action-editor__wide" label={t('fields.title')} value={action.title} onSave={(v) => patch({ title: v })} validate={(v) => (v.trim() ? null : t('fields.titleMissing'))} />
        <AutosaveTextArea className="action-editor__wide" rows={3} label={t('fields.description')} value={action.description} onSave={(description) => patch({ description })} />
        <PhaseSelect engagementId={engagementId} action={action} onPatch={patch} />
        <ChannelField engagementId={engagementId} action={action} onPatch={patch} />
        <StatusAndPriority action={action} onPatch={patch} />
      </Section>
      <Section title={t('sections.links')}>
        <ActionLinksFields engagementId={engagementId} action={action} onPatch={patch} />
      </Section>
      <Section title={t('sections.when')}>
        <AutosaveDateField label={t('fields.start')} value={action.startDate ?? ''} onSave={(v) => patch({ startDate: v || null })} />
        <AutosaveDateField label={t('fields.end')} value={action.endDate ?? ''} onSave={(v) => patch({ endDate: v || null })} />
        <MilestoneBox checked={action.isMilestone} onPatch={patch} />
      </Section>
      <Section title={t('sections.who')}>
        <OwnerFields engagementId={engagementId} action={action} onPatch={patch} />
      </Section>
      <Section title={t('sections.money')}>
        <AutosaveMoneyField label={t('fields.budgetPlanned')} value={action.budgetPlannedCents} onSave={(v) => patch({ budgetPlannedCents: v ?? 0 })} />
        <AutosaveMoneyField label={t('fields.budgetActual')} value={action.budgetActualCents} onSave={(v) => patch({ budgetActualCents: v ?? 0 })} />
        <AutosaveTextField label={t('fields.kpiLabel')} value={action.kpiLabel} onSave={(kpiLabel) => patch({ kpiLabel })} />
        <AutosaveNumber label={t('fields.kpiTarget')} value={action.kpiTarget} onSave={(kpiTarget) => patch({ kpiTarget })} />
        <AutosaveNumber label={t('fields.kpiActual')} value={action.kpiActual} onSave={(kpiActual) => patch({ kpiActual })} />
      </Section>
      <Section title={t('sections.dependencies')}>
        <DependencyEditor action={action} actions={actions} onPatch={patch} />
      </Section>
      {!readOnly && <DeleteAction engagementId={engagementId} action={action} onDeleted={onDeleted} />}
    </fieldset>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="action-editor__section" aria-label={title}>
      <h3 className="action-editor__heading">{title}</h3>
      <div className="action-editor__grid">{children}</div>
    </section>
  );
}

function PhaseSelect({ engagementId, action, onPatch }: { engagementId: string; action: PlanAction; onPatch: (patch: ActionPatch) => Promise<unknown> }) {
  const { t } = useTranslation('actionEditor');
  const phases = usePlanQuery(engagementId, 'phase:list', { engagementId }).data ?? [];
  return (
    <AutosaveSelect
      label={t('fields.phase')}
      value={action.phaseId === null ? '' : String(action.phaseId)}
      options={[{ value: '', label: t('fields.noPhase') }, ...phases.map((p) => ({ value: String(p.id), label: p.name }))]}
      onSave={(v) => onPatch({ phaseId: v ? Number(v) : null })}
    />
  );
}

function StatusAndPriority({ action, onPatch }: { action: PlanAction; onPatch: (patch: ActionPatch) => Promise<unknown> }) {
  const { t } = useTranslation('actionEditor');
  const { t: tPlan } = useTranslation('plan');
  return (
    <>
      <AutosaveSelect<ActionStatus> label={t('fields.status')} value={action.status} options={ACTION_STATUSES.map((s) => ({ value: s, label: tPlan(`statuses.${s}`) }))} onSave={(status) => onPatch({ status })} />
      <AutosaveSelect<ActionPriority> label={t('fields.priority')} value={action.priority} options={PRIORITIES.map((p) => ({ value: p, label: tPlan(`priorities.${p}`) }))} onSave={(priority) => onPatch({ priority })} />
    </>
  );
}

function MilestoneBox({ checked, onPatch }: { checked: boolean; onPatch: (patch: ActionPatch) => Promise<unknown> }) {
  const { t } = useTranslation('actionEditor');
  const [value, setValue] = useLocalValue(checked);
  return (
    <label className="plan-check action-editor__milestone">
      <input type="checkbox" checked={value} onChange={(e) => { setValue(e.target.checked); void onPatch({ isMilestone: e.target.checked }); }} />
      {t('fields.milestone')}
    </label>
  );
}

function AutosaveNumber({ label, value, onSave }: { label: string; value: number | null; onSave: (value: number | null) => Promise<unknown> }) {
  return <NumberField label={label} {...useAutosaveBinding({ value, onSave })} />;
}

function DeleteAction({ engagementId, action, onDeleted }: { engagementId: string; action: ActionDetail; onDeleted: () => void }) {
  const { t } = useTranslation('actionEditor');
  const [confirming, setConfirming] = useState(false);
  const remove = usePlanMutation(engagementId, 'action:delete', onDeleted);
  return (
    <div className="action-editor__delete">
      {confirming ? (
        <div role="alert" className="plan-confirm">
          <p>{t('delete.confirm', { title: action.title })}</p>
          <Button variant="danger" size="sm" disabled={remove.isPending} onClick={() => remove.mutate({ engagementId, id: action.id })}>
            {t('delete.yes')}
          </Button>
          <Button size="sm" onClick={() => setConfirming(false)}>
            {t('delete.no')}
          </Button>
        </div>
      ) : (
        <Button variant="ghost" size="sm" onClick={() => setConfirming(true)}>
          {t('delete.button')}
        </Button>
      )}
    </div>
  );
}
