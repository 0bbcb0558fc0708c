import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api/ApiError';
import { useUiLanguage } from '../../app/i18n/useUiLanguage';
import type { PlanAction } from '../../shared/model/plan';
import { IconButton, Select, TrashIcon } from '../../ui';
import { formatDay } from './planFormat';
import type { ActionPatch } from './useActionEditor';

/**
 * Finish-to-start prerequisites: listed with their end dates, a warning when this
 * action starts before one of them ends; a loop is refused by the core and said plainly.
 */
export function DependencyEditor({ action, actions, onPatch }: { action: PlanAction; actions: PlanAction[]; onPatch: (patch: ActionPatch) => Promise<unknown> }) {
  const { t } = useTranslation('actionEditor');
  const { lang } = useUiLanguage();
  const [refusal, setRefusal] = useState('');
  const byId = new Map(actions.map((a) => [a.id, a]));
  const prerequisites = action.dependsOnIds.map((id) => byId.get(id)).filter((a): a is PlanAction => a !== undefined);
  const followers = actions.filter((a) => a.dependsOnIds.includes(action.id));
  const candidates = actions.filter((a) => a.id !== action.id && !action.dependsOnIds.includes(a.id));

  const save = (dependsOnIds: number[]) => {
    setRefusal('');
    onPatch({ dependsOnIds }).catch((error: unknown) => {
      if (isApiError(error) && error.params.cycle) setRefusal(t('deps.cycle', { title: String(error.params.prerequisite ?? '') }));
    });
  };

  return (
    <div className="action-deps" data-testid="action-dependencies">
      <p className="plan-hint">{t('deps.hint')}</p>
      <h4>{t('deps.prerequisites')}</h4>
      {prerequisites.length === 0 ? (
        <p className="plan-hint">{t('deps.none')}</p>
      ) : (
        <ul className="action-deps__list">
          {prerequisites.map((p) => {
            // The core's warning says it (finish-to-start, same day allowed): no second copy of the rule here.
            const conflict = action.warnings.some((w) => w.code === 'starts_before_prerequisite' && w.prerequisiteId === p.id);
            return (
              <li key={p.id} className={conflict ? 'action-deps__item action-deps__item--conflict' : 'action-deps__item'} data-testid="prerequisite">
                <span>
                  <strong>{p.title}</strong> · {p.endDate ? t('deps.ends', { date: formatDay(p.endDate, lang) }) : t('deps.noEnd')}
                  {conflict && (
                    <span className="action-deps__conflict" role="status">
                      {t('deps.conflict', { start: formatDay(action.startDate, lang), title: p.title, end: formatDay(p.endDate, lang) })}
                    </span>
                  )}
                </span>
                <IconButton label={t('deps.remove', { title: p.title })} icon={<TrashIcon />} tone="danger" onClick={() => save(action.dependsOnIds.filter((id) => id !== p.id))} />
              </li>
            );
          })}
        </ul>
      )}
      <Select
        label={t('deps.add')}
        value=""
        onChange={(v) => v && save([...action.dependsOnIds, Number(v)])}
        options={[{ value: '', label: t('deps.pick') }, ...candidates.map((a) => ({ value: String(a.id), label: a.title }))]}
        error={refusal || undefined}
      />
      {followers.length > 0 && (
        <>
          <h4>{t('deps.followers')}</h4>
          <ul className="action-deps__followers">
            {followers.map((f) => (
              <li key={f.id}>{f.title}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
