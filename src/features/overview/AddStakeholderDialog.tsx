import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/useErrorText';
import type { StakeholderSide } from '../../shared/model/engagement';
import { Banner, Button, Dialog, Select, TextField } from '../../ui';
import { useSideOptions } from './StakeholderFields';
import type { useStakeholderMutations } from './useStakeholderMutations';

interface Draft {
  name: string;
  role: string;
  side: StakeholderSide;
  email: string;
  phone: string;
  isApprover: boolean;
}
const EMPTY: Draft = { name: '', role: '', side: 'client', email: '', phone: '', isApprover: false };

/** Adds a stakeholder; once added, edits happen in place with autosave. */
export function AddStakeholderDialog({
  open,
  onClose,
  engagementId,
  create,
}: {
  open: boolean;
  onClose: () => void;
  engagementId: string;
  create: ReturnType<typeof useStakeholderMutations>['create'];
}) {
  const { t } = useTranslation('overview');
  const { t: tApp } = useTranslation('app');
  const errorText = useErrorText();
  const sideOptions = useSideOptions();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [showErrors, setShowErrors] = useState(false);
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const nameError = draft.name.trim() ? null : t('stakeholders.nameRequired');
  const serverField = create.error?.field?.replace(/^stakeholder\./, '');

  const close = () => {
    setDraft(EMPTY);
    setShowErrors(false);
    create.reset();
    onClose();
  };
  const submit = () => {
    setShowErrors(true);
    if (nameError || create.isPending) return;
    create.mutate({ engagementId, stakeholder: { ...draft, name: draft.name.trim() } }, { onSuccess: close });
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      onSubmit={submit}
      title={t('stakeholders.addTitle')}
      footer={
        <>
          <Button onClick={close}>{tApp('common.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={create.isPending}>
            {t('stakeholders.addSubmit')}
          </Button>
        </>
      }
    >
      {create.error && !serverField && <Banner tone="danger">{errorText(create.error)}</Banner>}
      <div className="form-grid">
        <TextField
          label={t('stakeholders.name')}
          required
          value={draft.name}
          onChange={set('name')}
          autoComplete="off"
          error={(showErrors && nameError) || (serverField === 'name' ? errorText(create.error) : undefined)}
        />
        <TextField
          label={t('stakeholders.role')}
          placeholder={t('stakeholders.rolePlaceholder')}
          value={draft.role}
          onChange={set('role')}
        />
        <Select<StakeholderSide>
          label={t('stakeholders.side')}
          value={draft.side}
          options={sideOptions}
          onChange={set('side')}
        />
        <TextField
          label={t('stakeholders.email')}
          type="email"
          value={draft.email}
          onChange={set('email')}
          autoComplete="off"
          error={serverField === 'email' ? errorText(create.error) : undefined}
        />
        <TextField
          label={t('stakeholders.phone')}
          type="tel"
          value={draft.phone}
          onChange={set('phone')}
          autoComplete="off"
        />
        <label className="checkbox-field">
          <input
            type="checkbox"
            checked={draft.isApprover}
            onChange={(event) => set('isApprover')(event.target.checked)}
          />
          <span>{t('stakeholders.approver')}</span>
        </label>
      </div>
    </Dialog>
  );
}
