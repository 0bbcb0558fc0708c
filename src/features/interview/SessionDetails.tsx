import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AutosaveDateField, AutosaveSelect, AutosaveTextArea, AutosaveTextField } from '../../app/save/autosaveFields';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import type { MethodInput } from '../../shared/contract';
import type { InterviewSession } from '../../shared/model/interview';
import { ParticipantsEditor } from './ParticipantsEditor';
import './sessionMessages';
import { jumpKey } from '../../app/jump/jumpTarget';

type Patch = MethodInput<'interview:updateSession'>['patch'];

/** Date, mode, place and summary of a session; each field saves itself. */
export function SessionDetails({ engagementId, session }: { engagementId: string; session: InterviewSession }) {
  const { t } = useTranslation('interview');
  const queryClient = useQueryClient();
  const update = useSaveMutation('interview:updateSession', {
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['interview:listSessions', engagementId] }),
  });
  const save = (patch: Patch) => update.mutateAsync({ engagementId, id: session.id, patch });
  return (
    <details className="session-details" data-jump={jumpKey('session', session.id)}>
      <summary>{t('details.summary')}</summary>
      <div className="session-details__grid">
        <AutosaveTextField label={t('details.title')} value={session.title} onSave={(title) => save({ title })} validate={(v) => (v.trim() ? null : t('details.titleRequired'))} />
        <AutosaveDateField label={t('details.heldOn')} value={session.heldOn ?? ''} onSave={(v) => save({ heldOn: v || null })} />
        <AutosaveSelect
          label={t('details.mode')}
          value={session.mode}
          options={(['onsite', 'video', 'phone'] as const).map((mode) => ({ value: mode, label: t(`details.modes.${mode}`) }))}
          onSave={(mode) => save({ mode })}
        />
        <AutosaveTextField
          label={t('details.startTime')}
          placeholder="09:30"
          value={session.startTime ?? ''}
          validate={(v) => (!v || /^[0-2]\d:[0-5]\d$/.test(v) ? null : t('details.timeInvalid'))}
          onSave={(v) => save({ startTime: v || null })}
        />
        <AutosaveTextField
          label={t('details.duration')}
          inputMode="numeric"
          value={session.durationMinutes === null ? '' : String(session.durationMinutes)}
          validate={(v) => (!v || (/^\d{1,4}$/.test(v) && Number(v) <= 1440) ? null : t('details.durationInvalid'))}
          onSave={(v) => save({ durationMinutes: v ? Number(v) : null })}
        />
        <AutosaveTextField label={t('details.location')} value={session.location} onSave={(location) => save({ location })} />
        <AutosaveTextArea className="session-details__summary" label={t('details.summaryField')} value={session.summary} onSave={(summary) => save({ summary })} rows={2} />
      </div>
      <ParticipantsEditor engagementId={engagementId} sessionId={session.id} participants={session.participants} />
    </details>
  );
}
