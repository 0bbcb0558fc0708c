import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../app/queries/keys';
import { useNavigate } from '../../app/routing/useRoute';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import { useErrorText } from '../../app/useErrorText';
import type { Lang } from '../../shared/lang';
import type { EngagementHandle } from '../../shared/model/engagement';
import type { RecentEngagement } from '../../shared/model/workspace';
import { Banner, Button, DateField, Dialog, MoneyField, Select, TextField } from '../../ui';
import { STANDARD_START, StartingPointFields, type StartingPoint } from './StartingPointFields';
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

/**
 * « Nouvelle mission »: creates the file in the default folder and goes into it,
 * from the standard templates or from a previous engagement's structure.
 */
export function NewEngagementDialog({
  open,
  onClose,
  folder,
  engagements,
  sourcePath = '',
}: {
  open: boolean;
  onClose: () => void;
  folder: string;
  engagements: readonly RecentEngagement[];
  /** Preselected previous engagement (« Reprendre la structure » on a row). */
  sourcePath?: string;
}) {
  const { t } = useTranslation('home');
  const { t: tApp } = useTranslation('app');
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [showErrors, setShowErrors] = useState(false);
  const [start, setStart] = useState<StartingPoint>({ ...STANDARD_START, sourcePath });
  // Each opening starts afresh, on the engagement a row's « Reprendre la structure » chose
  // (state adjusted while rendering, as React advises, rather than in an effect).
  const [openedFor, setOpenedFor] = useState({ open, sourcePath });
  if (openedFor.open !== open || openedFor.sourcePath !== sourcePath) {
    setOpenedFor({ open, sourcePath });
    if (open) setStart({ ...STANDARD_START, sourcePath });
  }
  const onCreated = (handle: EngagementHandle) => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.workspace });
    setDraft(EMPTY);
    setShowErrors(false);
    onClose();
    navigate({ name: 'engagement', engagementId: handle.engagementId, section: 'overview' });
  };
  const createBlank = useSaveMutation('engagement:create', { onSuccess: onCreated });
  const createFrom = useSaveMutation('engagement:createFrom', { onSuccess: onCreated });
  const create = start.sourcePath ? createFrom : createBlank;

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
    const input = {
      clientName: draft.clientName.trim(),
      title: draft.title.trim(),
      clientSector: draft.clientSector.trim(),
      ...(draft.startDate ? { startDate: draft.startDate } : {}),
      ...(draft.endDate ? { endDate: draft.endDate } : {}),
      ...(draft.budgetEnvelopeCents !== null ? { budgetEnvelopeCents: draft.budgetEnvelopeCents } : {}),
      deliverableLang: draft.deliverableLang,
      ...(start.guideTemplateId && (!start.sourcePath || !start.carry.guide) ? { guideTemplateId: start.guideTemplateId } : {}),
    };
    if (start.sourcePath) createFrom.mutate({ ...input, sourcePath: start.sourcePath, carry: start.carry });
    else createBlank.mutate(input);
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
      <StartingPointFields value={start} onChange={setStart} engagements={engagements} open={open} />
      <p className="new-engagement__file">{t('create.fileHint', { folder })}</p>
    </Dialog>
  );
}
