import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../app/queries/useApiQuery';
import { AutosaveTextArea, AutosaveTextField } from '../../app/save/autosaveFields';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import { LEARNING_FITS, LEARNING_KINDS, type Competitor, type Learning } from '../../shared/model/benchmark';
import { EmptyState, IconButton, Select, Tag, type Tone } from '../../ui';
import { EnterInput } from '../audit/EnterInput';
import { jumpKey } from '../../app/jump/jumpTarget';

const FIT_TONE: Record<Learning['fit'], Tone> = { fits: 'success', adapt: 'accent', not_for_client: 'danger', to_assess: 'neutral' };

/** What was seen at competitors, and for each the consultant's judgement of whether it fits the client. */
export function LearningsEditor({ engagementId, competitors, readOnly }: { engagementId: string; competitors: Competitor[]; readOnly: boolean }) {
  const { t } = useTranslation('benchmark');
  const queryClient = useQueryClient();
  const key = ['benchmark', 'learnings', engagementId];
  const learnings = useApiQuery(key, 'learning:list', { engagementId });
  const put = (list: Learning[]) => queryClient.setQueryData(key, list);
  const create = useSaveMutation('learning:create', { onSuccess: put });
  const update = useSaveMutation('learning:update', { onSuccess: put });
  const remove = useSaveMutation('learning:delete', { onSuccess: put });
  const competitorOptions = [{ value: '', label: t('learnings.none') }, ...competitors.map((c) => ({ value: String(c.id), label: c.name }))];
  return (
    <div className="learnings">
      {learnings.data?.length === 0 && <EmptyState title={t('emptyViews.learnings')}>{t('learnings.empty')}</EmptyState>}
      <ul className="learnings__list">
        {(learnings.data ?? []).map((l) => {
          const save = (patch: Parameters<typeof update.mutateAsync>[0]['patch']) => update.mutateAsync({ engagementId, id: l.id, patch });
          return (
            <li key={l.id} className="learning" data-jump={jumpKey('learning', l.id)}>
              <div className="learning__head">
                <AutosaveTextField label={t('learnings.item')} value={l.text} onSave={(text) => save({ text })} disabled={readOnly} validate={(v) => (v.trim() ? null : '—')} />
                <Tag tone={FIT_TONE[l.fit]}>{t(`learnings.fits.${l.fit}`)}</Tag>
                {!readOnly && <IconButton label={t('learnings.delete')} icon="×" onClick={() => remove.mutate({ engagementId, id: l.id })} />}
              </div>
              <div className="learning__meta">
                <Select label={t('learnings.kind')} value={l.kind} options={LEARNING_KINDS.map((k) => ({ value: k, label: t(`learnings.kinds.${k}`) }))} disabled={readOnly} onChange={(kind) => void save({ kind })} />
                <Select label={t('learnings.competitor')} value={l.competitorId === null ? '' : String(l.competitorId)} options={competitorOptions} disabled={readOnly} onChange={(v) => void save({ competitorId: v ? Number(v) : null })} />
                <Select label={t('learnings.fit')} value={l.fit} options={LEARNING_FITS.map((f) => ({ value: f, label: t(`learnings.fits.${f}`) }))} disabled={readOnly} onChange={(fit) => void save({ fit })} />
              </div>
              <AutosaveTextArea label={t('learnings.judgement')} value={l.judgement} onSave={(judgement) => save({ judgement })} disabled={readOnly} rows={2} />
            </li>
          );
        })}
      </ul>
      {!readOnly && <EnterInput label={t('learnings.add')} onEnter={(text) => create.mutate({ engagementId, learning: { text } })} />}
    </div>
  );
}
