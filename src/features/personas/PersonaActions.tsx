import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import type { Persona } from '../../shared/model/personas';
import { Card } from '../../ui';
import { planKey, usePlanQuery } from '../plan/usePlan';
import { usePersonas } from './usePersonas';

/**
 * The plan's actions aimed at this persona, ticked here or in the action editor: both sides
 * write the same link (action_personas), so the plan suggests this persona's platforms first.
 */
export function PersonaActions({ engagementId, persona, readOnly }: { engagementId: string; persona: Persona; readOnly: boolean }) {
  const { t } = useTranslation('personas');
  const queryClient = useQueryClient();
  const { setOne } = usePersonas(engagementId);
  const actions = usePlanQuery(engagementId, 'action:list', { engagementId });
  const setActions = useSaveMutation('persona:setActions', {
    onSuccess: (p) => {
      setOne(p);
      void queryClient.invalidateQueries({ queryKey: planKey(engagementId) });
    },
  });
  const linked = new Set(persona.actionIds);
  // Dropped actions stay listed only while linked, so a link is never hidden.
  const shown = (actions.data ?? []).filter((a) => a.status !== 'dropped' || linked.has(a.id));
  return (
    <Card title={t('links.actions')} description={t('links.actionsHint', { count: linked.size })}>
      {shown.length === 0 ? (
        <p className="persona-muted">{t('links.noActions')}</p>
      ) : (
        <ul className="persona-links persona-links--scroll" aria-label={t('links.actions')}>
          {shown.map((a) => (
            <li key={a.id}>
              <label>
                <input
                  type="checkbox"
                  checked={linked.has(a.id)}
                  disabled={readOnly || setActions.isPending}
                  onChange={() => setActions.mutate({ engagementId, id: persona.id, ids: linked.has(a.id) ? persona.actionIds.filter((id) => id !== a.id) : [...persona.actionIds, a.id] })}
                />{' '}
                {a.title}
                {a.phaseName && <span className="persona-links__meta"> · {a.phaseName}</span>}
              </label>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
