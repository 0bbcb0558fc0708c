import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../app/queries/useApiQuery';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import type { Persona } from '../../shared/model/personas';
import { Card } from '../../ui';
import { usePersonas } from './usePersonas';

/** The objectives this persona is targeted by (checkboxes), and the notes it was fed from. */
export function PersonaLinks({ engagementId, persona, readOnly }: { engagementId: string; persona: Persona; readOnly: boolean }) {
  const { t } = useTranslation('personas');
  const { setOne } = usePersonas(engagementId);
  const objectives = useApiQuery(['objective:list', engagementId], 'objective:list', { engagementId });
  const setObjectives = useSaveMutation('persona:setObjectives', { onSuccess: setOne });
  const linked = new Set(persona.objectiveIds);
  return (
    <Card title={t('links.objectives')}>
      {(objectives.data ?? []).length === 0 ? (
        <p className="persona-muted">{t('links.none')}</p>
      ) : (
        <ul className="persona-links">
          {(objectives.data ?? []).map((o) => (
            <li key={o.id}>
              <label>
                <input
                  type="checkbox"
                  checked={linked.has(o.id)}
                  disabled={readOnly}
                  onChange={() => setObjectives.mutate({ engagementId, id: persona.id, ids: linked.has(o.id) ? persona.objectiveIds.filter((id) => id !== o.id) : [...persona.objectiveIds, o.id] })}
                />{' '}
                {o.statement}
              </label>
            </li>
          ))}
        </ul>
      )}
      {persona.sources.length > 0 && (
        <>
          <h3 className="persona-subtitle">{t('links.sources')}</h3>
          <ul className="persona-sources">
            {persona.sources.map((s) => (
              <li key={`${s.kind}:${s.id}`}>{s.label}</li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
