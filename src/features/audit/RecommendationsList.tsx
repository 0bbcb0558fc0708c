import { useTranslation } from 'react-i18next';
import { AutosaveTextField } from '../../app/save/autosaveFields';
import type { AuditChannel, Level, Recommendation } from '../../shared/model/audit';
import type { Priority } from '../../shared/model/objectives';
import { Button, IconButton, Select, Tag, useToast } from '../../ui';
import { EnterInput } from './EnterInput';
import { useAudit, useChannelWrite } from './useAudit';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import { jumpKey } from '../../app/jump/jumpTarget';

const LEVELS = ['1', '2', '3'] as const;

/** Recommendations with impact, effort, priority and owner; « Créer l'action » puts a draft in the plan. */
export function RecommendationsList({ engagementId, channel, readOnly }: { engagementId: string; channel: AuditChannel; readOnly: boolean }) {
  const { t } = useTranslation('audit');
  const add = useChannelWrite('audit:addRecommendation', engagementId);
  return (
    <section className="recs" aria-label={t('recs.title')}>
      <h3 className="audit-h3">{t('recs.title')}</h3>
      {channel.recommendations.length === 0 && <p className="audit-empty">{t('recs.empty')}</p>}
      <ul className="recs__list">
        {channel.recommendations.map((rec) => (
          <RecommendationItem key={rec.id} engagementId={engagementId} rec={rec} readOnly={readOnly} />
        ))}
      </ul>
      {!readOnly && <EnterInput label={t('recs.add')} onEnter={(text) => add.mutate({ engagementId, channelId: channel.id, recommendation: { text } })} />}
    </section>
  );
}

function RecommendationItem({ engagementId, rec, readOnly }: { engagementId: string; rec: Recommendation; readOnly: boolean }) {
  const { t } = useTranslation('audit');
  const toast = useToast();
  const { setChannel } = useAudit(engagementId);
  const update = useChannelWrite('audit:updateRecommendation', engagementId);
  const remove = useChannelWrite('audit:deleteRecommendation', engagementId);
  const convert = useSaveMutation('audit:recommendationToAction', {
    onSuccess: ({ action, channel }) => {
      setChannel(channel);
      toast({ tone: 'success', message: t('recs.created', { label: action.label }) });
    },
  });
  const save = (patch: Parameters<typeof update.mutateAsync>[0]['patch']) => update.mutateAsync({ engagementId, id: rec.id, patch });
  const levels = LEVELS.map((value) => ({ value, label: t(`levels.${value}`) }));
  const priorities = (['high', 'medium', 'low'] as const).map((value) => ({ value, label: t(`priorities.${value}`) }));
  return (
    <li className="rec" data-jump={jumpKey('recommendation', rec.id)}>
      <div className="rec__main">
        <AutosaveTextField label={t('recs.text')} value={rec.text} onSave={(text) => save({ text })} disabled={readOnly} validate={(v) => (v.trim() ? null : '—')} />
        {!readOnly && <IconButton label={t('recs.delete')} icon="×" onClick={() => remove.mutate({ engagementId, id: rec.id })} />}
      </div>
      <div className="rec__meta">
        <Select label={t('recs.impact')} value={String(rec.impact) as '1'} options={levels} disabled={readOnly} onChange={(v) => void save({ impact: Number(v) as Level })} />
        <Select label={t('recs.effort')} value={String(rec.effort) as '1'} options={levels} disabled={readOnly} onChange={(v) => void save({ effort: Number(v) as Level })} />
        <Select label={t('recs.priority')} value={rec.priority} options={priorities} disabled={readOnly} onChange={(v) => void save({ priority: v as Priority })} />
        <AutosaveTextField label={t('recs.owner')} value={rec.suggestedOwner} onSave={(suggestedOwner) => save({ suggestedOwner })} disabled={readOnly} />
      </div>
      <div className="rec__action">
        {rec.actions.length ? (
          <Tag tone="success">{t('recs.inPlan', { label: rec.actions[0]!.label })}</Tag>
        ) : (
          !readOnly && <Button size="sm" variant="secondary" onClick={() => convert.mutate({ engagementId, id: rec.id })}>{t('recs.toAction')}</Button>
        )}
      </div>
    </li>
  );
}
