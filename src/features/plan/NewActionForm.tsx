import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../app/queries/useApiQuery';
import { parseEurosToCents } from '../../app/format/money';
import { Button, DateField, Select, TextField } from '../../ui';
import { SectionLink } from '../engagement/SectionLink';
import './planEmptyMessages';
import { usePlanMutation, usePlanQuery } from './usePlan';

/** Quick entry of an action: title, objectives (at least one expected), phase, channel, dates, planned budget. */
export function NewActionForm({ engagementId, autoFocus = false }: { engagementId: string; autoFocus?: boolean }) {
  const { t } = useTranslation('plan');
  const { t: tEmpty } = useTranslation('planEmpty');
  const objectives = useApiQuery(['objective:list', engagementId], 'objective:list', { engagementId });
  const phases = usePlanQuery(engagementId, 'phase:list', { engagementId });
  const channels = usePlanQuery(engagementId, 'action:channels', { engagementId, personaIds: [] });
  const [title, setTitle] = useState('');
  const [objectiveIds, setObjectiveIds] = useState<number[]>([]);
  const [phase, setPhase] = useState('');
  const [channel, setChannel] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [budget, setBudget] = useState('');
  const create = usePlanMutation(engagementId, 'action:create', () => {
    setTitle('');
    setBudget('');
  });
  const cents = parseEurosToCents(budget);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    const picked = channels.data?.find((c) => c.label === channel);
    create.mutate({
      engagementId,
      action: {
        title,
        objectiveIds,
        phaseId: phase ? Number(phase) : null,
        ...(picked ? { channelId: picked.channelId, channelLabel: picked.channelId ? '' : picked.label } : {}),
        startDate: start || null,
        endDate: end || null,
        budgetPlannedCents: cents !== null && Number.isFinite(cents) ? cents : 0,
      },
    });
  };
  return (
    <form className="plan-new" onSubmit={submit} aria-label={t('form.add')}>
      {/* Focused when « Créer la première action » brought the user here. */}
      <TextField label={t('form.title')} value={title} onChange={setTitle} required className="plan-new__title" autoFocus={autoFocus} />
      <fieldset className="plan-new__objectives">
        <legend>{t('form.objectives')}</legend>
        {(objectives.data ?? []).map((o) => (
          <label key={o.id} className="plan-check">
            <input type="checkbox" checked={objectiveIds.includes(o.id)} onChange={(e) => setObjectiveIds((ids) => (e.target.checked ? [...ids, o.id] : ids.filter((id) => id !== o.id)))} />
            {o.statement}
          </label>
        ))}
        {objectives.data?.length === 0 ? (
          <p className="plan-new__hint plan-new__hint--link">
            {tEmpty('objectives.none')}{' '}
            <SectionLink engagementId={engagementId} section="objectives">{tEmpty('objectives.action')}</SectionLink>
          </p>
        ) : (
          objectiveIds.length === 0 && <p className="plan-new__hint">{t('form.objectivesHint')}</p>
        )}
      </fieldset>
      <Select label={t('form.phase')} value={phase} onChange={setPhase} options={[{ value: '', label: t('form.noPhase') }, ...(phases.data ?? []).map((p) => ({ value: String(p.id), label: p.name }))]} />
      <Select label={t('form.channel')} value={channel} onChange={setChannel} options={[{ value: '', label: '—' }, ...(channels.data ?? []).map((c) => ({ value: c.label, label: c.label }))]} />
      <DateField label={t('form.start')} value={start} onChange={setStart} />
      <DateField label={t('form.end')} value={end} onChange={setEnd} />
      <TextField label={t('form.budget')} value={budget} inputMode="decimal" onChange={setBudget} />
      <Button type="submit" variant="primary" disabled={!title.trim() || create.isPending}>
        {t('form.create')}
      </Button>
    </form>
  );
}
