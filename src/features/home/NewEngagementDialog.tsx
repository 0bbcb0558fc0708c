import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../app/queries/keys';
import { useNavigate } from '../../app/routing/useRoute';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import { useErrorText } from '../../app/useErrorText';
import type { Lang } from '../../shared/lang';
import { Banner, Button, DateField, Dialog, MoneyField, Select, TextField } from '../../ui';
import './NewEngagementDialog.css';

interface Draft {
  clientName: string;
  title: string;
  clientSector: string;
  startDate: string;
  endDate: string;
  budgetEnvelopeCents: number | null;
  deliverableLang: Lang;
}

const EMPTY: Draft = {
  clientName: '',
  title: '',
  clientSector: '',
  startDate: '',
  endDate: '',
  budgetEnvelopeCents: null,
  deliverableLang: 'fr',
};

/** « Nouvelle mission »: creates the file in the default folder and goes into it. */
export function NewEngagementDialog({ open, onClose, folder }: { open: boolean; onClose: () => void; folder: string }) {
  const { t } = useTranslation('home');
  const { t: tApp } = useTranslation('app');
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [showErrors, setShowErrors] = useState(false);
  const create = useSaveMutation('engagement:create', {
    onSuccess: (handle) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.workspace });
      setDraft(EMPTY);
      setShowErrors(false);
      onClose();
      navigate({ name: 'engagement', engagementId: handle.engagementId, section: 'overview' });
    },
  });

  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const clientError = draft.clientName.trim() === '' ? t('create.clientNameRequired') : null;
  const dateError =
    draft.startDate && draft.endDate && draft.endDate < draft.startDate ? t('create.endBeforeStart') : null;
  const serverField = create.error?.field;

  const submit = () => {
    setShowErrors(true);
    if (clientError || dateError || create.isPending) return;
    create.mutate({
      clientName: draft.clientName.trim(),
      title: draft.title.trim(),
      clientSector: draft.clientSector.trim(),
      ...(draft.startDate ? { startDate: draft.startDate } : {}),
      ...(draft.endDate ? { endDate: draft.endDate } : {}),
      ...(draft.budgetEnvelopeCents !== null ? { budgetEnvelopeCents: draft.budgetEnvelopeCents } : {}),
      deliverableLang: draft.deliverableLang,
    });
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      onSubmit={submit}
      title={t('create.title')}
      description={t('create.description')}
      footer={
        <>
          <Button onClick={onClose}>{tApp('common.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={create.isPending}>
            {create.isPending ? t('create.submitting') : t('create.submit')}
          </Button>
        </>
      }
    >
      {create.error && !serverField && (
        <div className="new-engagement__error">
          <Banner tone="danger">{errorText(create.error)}</Banner>
        </div>
      )}
      <div className="new-engagement__grid">
        <TextField
          className="new-engagement__wide"
          label={t('create.clientName')}
          required
          name="clientName"
          autoComplete="organization"
          placeholder={t('create.clientNamePlaceholder')}
          value={draft.clientName}
          onChange={set('clientName')}
          error={(showErrors && clientError) || (serverField === 'clientName' ? errorText(create.error) : undefined)}
          data-autofocus
        />
        <TextField
          className="new-engagement__wide"
          label={t('create.title_')}
          name="title"
          placeholder={t('create.titlePlaceholder')}
          value={draft.title}
          onChange={set('title')}
        />
        <TextField
          className="new-engagement__wide"
          label={t('create.sector')}
          name="clientSector"
          placeholder={t('create.sectorPlaceholder')}
          value={draft.clientSector}
          onChange={set('clientSector')}
        />
        <DateField label={t('create.startDate')} name="startDate" value={draft.startDate} onChange={set('startDate')} />
        <DateField
          label={t('create.endDate')}
          name="endDate"
          value={draft.endDate}
          onChange={set('endDate')}
          error={(showErrors && dateError) || (serverField === 'endDate' ? errorText(create.error) : undefined)}
        />
        <MoneyField
          label={t('create.budget')}
          name="budgetEnvelope"
          hint={t('create.budgetHint')}
          value={draft.budgetEnvelopeCents}
          onChange={set('budgetEnvelopeCents')}
        />
        <Select<Lang>
          label={t('create.deliverableLang')}
          name="deliverableLang"
          value={draft.deliverableLang}
          onChange={set('deliverableLang')}
          options={[
            { value: 'fr', label: t('lang.fr') },
            { value: 'en', label: t('lang.en') },
          ]}
        />
      </div>
      <p className="new-engagement__file">{t('create.fileHint', { folder })}</p>
    </Dialog>
  );
}
