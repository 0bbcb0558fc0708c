import { useTranslation } from 'react-i18next';
import { AutosaveSelect, AutosaveTextArea, AutosaveTextField } from '../../app/save/autosaveFields';
import type { Stakeholder, StakeholderSide } from '../../shared/model/engagement';
import { Button, Dialog } from '../../ui';
import { useSideOptions } from './StakeholderFields';
import type { useStakeholderMutations } from './useStakeholderMutations';

type Patch = Partial<Omit<Stakeholder, 'id'>>;

/** Edits one stakeholder in place: each field saves itself, the dialog only closes. */
export function EditStakeholderDialog({
  stakeholder,
  onClose,
  engagementId,
  update,
  readOnly,
}: {
  stakeholder: Stakeholder | null;
  onClose: () => void;
  engagementId: string;
  update: ReturnType<typeof useStakeholderMutations>['update'];
  readOnly: boolean;
}) {
  const { t } = useTranslation('overview');
  const { t: tApp } = useTranslation('app');
  const sideOptions = useSideOptions();
  const save = (patch: Patch) =>
    stakeholder ? update.mutateAsync({ engagementId, id: stakeholder.id, patch }) : Promise.resolve();

  return (
    <Dialog
      open={stakeholder !== null}
      onClose={onClose}
      title={t('stakeholders.editTitle')}
      description={t('stakeholders.editHint')}
      footer={
        <Button variant="primary" onClick={onClose}>
          {tApp('common.close')}
        </Button>
      }
    >
      {stakeholder && (
        <div className="form-grid">
          <AutosaveTextField
            label={t('stakeholders.name')}
            required
            value={stakeholder.name}
            onSave={(name) => save({ name })}
            validate={(value) => (value.trim() ? null : t('stakeholders.nameRequired'))}
            readOnly={readOnly}
          />
          <AutosaveTextField
            label={t('stakeholders.role')}
            value={stakeholder.role}
            onSave={(role) => save({ role })}
            readOnly={readOnly}
          />
          <AutosaveSelect<StakeholderSide>
            label={t('stakeholders.side')}
            value={stakeholder.side}
            options={sideOptions}
            onSave={(side) => save({ side })}
            disabled={readOnly}
          />
          <AutosaveTextField
            label={t('stakeholders.email')}
            type="email"
            value={stakeholder.email}
            onSave={(email) => save({ email })}
            readOnly={readOnly}
          />
          <AutosaveTextField
            label={t('stakeholders.phone')}
            type="tel"
            value={stakeholder.phone}
            onSave={(phone) => save({ phone })}
            readOnly={readOnly}
          />
          <label className="checkbox-field">
            <input
              type="checkbox"
              checked={stakeholder.isApprover}
              disabled={readOnly}
              onChange={(event) => void save({ isApprover: event.target.checked }).catch(() => undefined)}
            />
            <span>{t('stakeholders.approver')}</span>
          </label>
          <AutosaveTextArea
            className="form-grid__wide"
            label={t('stakeholders.notes')}
            value={stakeholder.notes}
            rows={3}
            onSave={(notes) => save({ notes })}
            readOnly={readOnly}
          />
        </div>
      )}
    </Dialog>
  );
}
