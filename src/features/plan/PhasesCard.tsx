import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AutosaveDateField, AutosaveTextField } from '../../app/save/autosaveFields';
import type { Phase } from '../../shared/model/plan';
import { Button, Card, IconButton, TextField, TrashIcon } from '../../ui';
import { PlanConfirmDialog } from './PlanConfirmDialog';
import './planListsMessages';
import { usePlanMutation, usePlanQuery } from './usePlan';

/** Phases (lots) edited in place: name and dates save themselves; a deleted phase leaves its actions « Sans phase ». */
export function PhasesCard({ engagementId, readOnly }: { engagementId: string; readOnly: boolean }) {
  const { t } = useTranslation('planLists');
  const phases = usePlanQuery(engagementId, 'phase:list', { engagementId }).data ?? [];
  const actions = usePlanQuery(engagementId, 'action:list', { engagementId }).data ?? [];
  const [name, setName] = useState('');
  const [deleting, setDeleting] = useState<Phase | null>(null);
  const create = usePlanMutation(engagementId, 'phase:create', () => setName(''));
  const update = usePlanMutation(engagementId, 'phase:update');
  const remove = usePlanMutation(engagementId, 'phase:delete', () => setDeleting(null));
  const save = (id: number, patch: Partial<Pick<Phase, 'name' | 'startDate' | 'endDate'>>) => update.mutateAsync({ engagementId, id, patch });
  const inPhase = deleting ? actions.filter((a) => a.phaseId === deleting.id).length : 0;
  return (
    <Card title={t('phases.title')} description={t('phases.description')} headingLevel={3} className="plan-card-gap" data-testid="phases-card">
      {phases.length === 0 && <p className="plan-hint">{t('phases.none')}</p>}
      <ul className="plan-phases">
        {phases.map((p) => (
          <li key={p.id} className="plan-phases__row" data-testid="phase-row">
            <AutosaveTextField label={t('phases.name')} value={p.name} disabled={readOnly} onSave={(v) => save(p.id, { name: v })} validate={(v) => (v.trim() ? null : t('phases.nameMissing'))} />
            <AutosaveDateField label={t('phases.start')} value={p.startDate ?? ''} disabled={readOnly} onSave={(v) => save(p.id, { startDate: v || null })} />
            <AutosaveDateField label={t('phases.end')} value={p.endDate ?? ''} disabled={readOnly} onSave={(v) => save(p.id, { endDate: v || null })} />
            {!readOnly && <IconButton label={t('phases.remove', { name: p.name })} icon={<TrashIcon />} tone="danger" onClick={() => setDeleting(p)} />}
          </li>
        ))}
      </ul>
      {!readOnly && (
        <form className="plan-new plan-new--inline" onSubmit={(e) => { e.preventDefault(); if (name.trim()) create.mutate({ engagementId, phase: { name } }); }}>
          <TextField label={t('phases.newName')} value={name} onChange={setName} />
          <Button type="submit" disabled={!name.trim()}>{t('phases.add')}</Button>
        </form>
      )}
      <PlanConfirmDialog
        open={deleting !== null}
        title={t('phases.confirmTitle', { name: deleting?.name ?? '' })}
        pending={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate({ engagementId, id: deleting.id })}
      >
        <p>{t('phases.confirm', { count: inPhase })}</p>
      </PlanConfirmDialog>
    </Card>
  );
}
