import { useTranslation } from 'react-i18next';
import { AutosaveTextArea, AutosaveTextField } from '../../app/save/autosaveFields';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import type { AuditChannel } from '../../shared/model/audit';
import { Button } from '../../ui';
import { CriterionRow } from './CriterionRow';
import { EnterInput } from './EnterInput';
import { FindingsColumns } from './FindingsColumns';
import { formatScore } from './formatScore';
import { MetricsTable } from './MetricsTable';
import { RecommendationsList } from './RecommendationsList';
import { Screenshots } from './Screenshots';
import { useAudit, useChannelWrite } from './useAudit';

/** One channel: its criteria scored with evidence, findings, recommendations, figures and screenshots. */
export function ChannelEditor({ engagementId, channel, readOnly }: { engagementId: string; channel: AuditChannel; readOnly: boolean }) {
  const { t, i18n } = useTranslation('audit');
  const update = useChannelWrite('audit:updateChannel', engagementId);
  const addCriterion = useChannelWrite('audit:addCriterion', engagementId);
  const save = (patch: Parameters<typeof update.mutateAsync>[0]['patch']) => update.mutateAsync({ engagementId, id: channel.id, patch });
  return (
    <article className="channel-editor" aria-labelledby={`channel-${channel.id}`}>
      <header className="channel-editor__head">
        <h2 id={`channel-${channel.id}`} className="channel-editor__title">
          {channel.name} <span className="channel-editor__score">{formatScore(channel.score, i18n.language)}</span>
        </h2>
        <label className="channel-editor__toggle">
          <input type="checkbox" checked={channel.enabled} disabled={readOnly} onChange={(event) => void save({ enabled: event.target.checked })} /> {t('channels.enabled')}
        </label>
      </header>
      <div className="channel-editor__fields">
        <AutosaveTextField label={t('channels.name')} value={channel.name} onSave={(name) => save({ name })} disabled={readOnly} validate={(v) => (v.trim() ? null : '—')} />
        <AutosaveTextArea label={t('channels.summary')} value={channel.summary} onSave={(summary) => save({ summary })} disabled={readOnly} rows={2} />
      </div>
      <section aria-label={t('criteria.title')}>
        <h3 className="audit-h3">{t('criteria.title')}</h3>
        <ol className="criteria">
          {channel.criteria.map((criterion) => (
            <CriterionRow key={criterion.id} engagementId={engagementId} criterion={criterion} readOnly={readOnly} />
          ))}
        </ol>
        {!readOnly && <EnterInput label={t('criteria.add')} onEnter={(label) => addCriterion.mutate({ engagementId, channelId: channel.id, label })} />}
      </section>
      <FindingsColumns engagementId={engagementId} channel={channel} readOnly={readOnly} />
      <RecommendationsList engagementId={engagementId} channel={channel} readOnly={readOnly} />
      <MetricsTable engagementId={engagementId} channel={channel} readOnly={readOnly} />
      <Screenshots engagementId={engagementId} channel={channel} readOnly={readOnly} />
      {!readOnly && <DeleteChannel engagementId={engagementId} id={channel.id} />}
    </article>
  );
}

function DeleteChannel({ engagementId, id }: { engagementId: string; id: number }) {
  const { t } = useTranslation('audit');
  const { refresh } = useAudit(engagementId);
  const remove = useSaveMutation('audit:deleteChannel', { onSuccess: refresh });
  return (
    <div className="channel-editor__footer">
      <Button variant="ghost" size="sm" onClick={() => remove.mutate({ engagementId, id })}>
        {t('channels.delete')}
      </Button>
    </div>
  );
}
