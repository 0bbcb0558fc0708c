import { useTranslation } from 'react-i18next';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import { TRAIT_KINDS, type Persona } from '../../shared/model/personas';
import { IconButton } from '../../ui';
import { EnterInput } from '../audit/EnterInput';
import { usePersonas } from './usePersonas';
import { jumpKey } from '../../app/jump/jumpTarget';

/** Goals, frustrations, motivations and objections: four short lists. */
export function TraitsEditor({ engagementId, persona, readOnly }: { engagementId: string; persona: Persona; readOnly: boolean }) {
  const { t } = useTranslation('personas');
  const { setOne } = usePersonas(engagementId);
  const add = useSaveMutation('persona:addTrait', { onSuccess: setOne });
  const remove = useSaveMutation('persona:deleteTrait', { onSuccess: setOne });
  return (
    <div className="traits">
      {TRAIT_KINDS.map((kind) => (
        <section key={kind} className={`traits__group traits__group--${kind}`} aria-label={t(`traits.${kind}`)}>
          <h2 className="traits__title">{t(`traits.${kind}`)}</h2>
          <ul>
            {persona.traits.filter((tr) => tr.kind === kind).map((tr) => (
              <li key={tr.id} data-jump={jumpKey('persona_trait', tr.id)}>
                <span>{tr.text}</span>
                {!readOnly && <IconButton label={t('traits.delete')} icon="×" onClick={() => remove.mutate({ engagementId, id: tr.id })} />}
              </li>
            ))}
          </ul>
          {!readOnly && <EnterInput label={`${t(`traits.${kind}`)} — ${t('traits.add')}`} placeholder={t('traits.add')} onEnter={(text) => add.mutate({ engagementId, personaId: persona.id, kind, text })} />}
        </section>
      ))}
    </div>
  );
}
