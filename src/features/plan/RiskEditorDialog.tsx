import { useTranslation } from 'react-i18next';
import { AutosaveSelect, AutosaveTextArea, AutosaveTextField } from '../../app/save/autosaveFields';
import { RISK_STATUSES, type Risk, type RiskFields, type RiskStatus } from '../../shared/model/steering';
import { Dialog } from '../../ui';
import './planListsMessages';
import { usePlanMutation } from './usePlan';

const LEVELS = ['1', '2', '3', '4', '5'] as const;
type Level = (typeof LEVELS)[number];

/** Every field of a risk, autosaved; its place in the matrix follows probability × impact. */
export function RiskEditorDialog({ engagementId, risk, readOnly, onClose }: { engagementId: string; risk: Risk | null; readOnly: boolean; onClose: () => void }) {
  const { t } = useTranslation('planLists');
  const { t: tPlan } = useTranslation('plan');
  const update = usePlanMutation(engagementId, 'risk:update');
  const save = (id: number, patch: Partial<RiskFields>) => update.mutateAsync({ engagementId, id, patch });
  return (
    <Dialog open={risk !== null} onClose={onClose} title={risk?.title ?? t('risks.editTitle')}>
      {risk && (
        <fieldset key={risk.id} className="action-editor" disabled={readOnly} data-testid="risk-editor">
          <div className="action-editor__grid">
            <AutosaveTextField className="action-editor__wide" label={t('risks.title')} value={risk.title} onSave={(title) => save(risk.id, { title })} validate={(v) => (v.trim() ? null : t('risks.titleMissing'))} />
            <AutosaveTextArea className="action-editor__wide" rows={2} label={t('risks.description')} value={risk.description} onSave={(description) => save(risk.id, { description })} />
            <AutosaveSelect<Level> label={t('risks.probability')} value={String(risk.probability) as Level} options={LEVELS.map((l) => ({ value: l, label: l }))} onSave={(v) => save(risk.id, { probability: Number(v) })} />
            <AutosaveSelect<Level> label={t('risks.impact')} value={String(risk.impact) as Level} options={LEVELS.map((l) => ({ value: l, label: l }))} onSave={(v) => save(risk.id, { impact: Number(v) })} />
            <AutosaveSelect<RiskStatus> label={t('risks.status')} value={risk.status} options={RISK_STATUSES.map((s) => ({ value: s, label: tPlan(`risks.statuses.${s}`) }))} onSave={(status) => save(risk.id, { status })} />
            <AutosaveTextField label={t('risks.owner')} value={risk.owner} onSave={(owner) => save(risk.id, { owner })} />
            <AutosaveTextArea className="action-editor__wide" rows={2} label={t('risks.mitigation')} value={risk.mitigation} onSave={(mitigation) => save(risk.id, { mitigation })} />
          </div>
        </fieldset>
      )}
    </Dialog>
  );
}
