import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../app/queries/useApiQuery';
import type { ActionDetail } from '../../shared/model/plan';
import { useLocalValue, type ActionPatch } from './useActionEditor';

/** Objectives served (at least one expected: warned when none) and personas aimed at; where the action came from. */
export function ActionLinksFields({ engagementId, action, onPatch }: { engagementId: string; action: ActionDetail; onPatch: (patch: ActionPatch) => Promise<unknown> }) {
  const { t } = useTranslation('actionEditor');
  const objectives = useApiQuery(['objective:list', engagementId], 'objective:list', { engagementId }).data ?? [];
  const personas = useApiQuery(['persona:list', engagementId], 'persona:list', { engagementId }).data ?? [];
  const [objectiveIds, setObjectiveIds] = useLocalValue(action.objectiveIds);
  const [personaIds, setPersonaIds] = useLocalValue(action.personaIds);
  const toggle = (ids: number[], id: number, on: boolean) => (on ? [...ids, id] : ids.filter((x) => x !== id));
  const saveObjectives = (ids: number[]) => {
    setObjectiveIds(ids);
    void onPatch({ objectiveIds: ids });
  };
  const savePersonas = (ids: number[]) => {
    setPersonaIds(ids);
    void onPatch({ personaIds: ids });
  };
  return (
    <>
      <fieldset className="action-editor__checks" data-testid="action-objectives">
        <legend>{t('fields.objectives')}</legend>
        {objectives.length === 0 && <p className="plan-hint">{t('fields.noObjectiveYet')}</p>}
        {objectives.map((o) => (
          <label key={o.id} className="plan-check">
            <input type="checkbox" checked={objectiveIds.includes(o.id)} onChange={(e) => saveObjectives(toggle(objectiveIds, o.id, e.target.checked))} />
            {o.statement}
          </label>
        ))}
        {objectiveIds.length === 0 && (
          <p className="action-editor__warning" role="status">
            {t('fields.objectivesMissing')}
          </p>
        )}
      </fieldset>
      <fieldset className="action-editor__checks" data-testid="action-personas">
        <legend>{t('fields.personas')}</legend>
        {personas.length === 0 && <p className="plan-hint">{t('fields.noPersonaYet')}</p>}
        {personas.map((p) => (
          <label key={p.id} className="plan-check">
            <input type="checkbox" checked={personaIds.includes(p.id)} onChange={(e) => savePersonas(toggle(personaIds, p.id, e.target.checked))} />
            {p.name}
          </label>
        ))}
      </fieldset>
      <div className="action-editor__origin" data-testid="action-origin">
        <h4>{t('origin.title')}</h4>
        {action.sources.length === 0 ? (
          <p className="plan-hint">{t('origin.none')}</p>
        ) : (
          <ul>
            {action.sources.map((s) => (
              <li key={`${s.kind}:${s.id}`} data-link={`${s.kind}:${s.id}`}>
                {t('origin.item', { kind: t(`kinds.${s.kind}`), label: s.label })}
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
