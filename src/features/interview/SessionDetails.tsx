import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AutosaveDateField, AutosaveSelect, AutosaveTextArea, AutosaveTextField } from '../../app/save/autosaveFields';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import type { MethodInput } from '../../shared/contract';
import type { InterviewSession } from '../../shared/model/interview';
import './sessionMessages';

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
    <details className="session-details">
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
        <AutosaveTextField label={t('details.location')} value={session.location} onSave={(location) => save({ location })} />
        <AutosaveTextArea className="session-details__summary" label={t('details.summaryField')} value={session.summary} onSave={(summary) => save({ summary })} rows={2} />
      </div>
    </details>
  );
}
