import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../app/queries/useApiQuery';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import type { Persona } from '../../shared/model/personas';
import { Card, Select, Tag } from '../../ui';
import { EnterInput } from '../audit/EnterInput';
import { auditKey } from '../audit/useAudit';
import { usePersonas } from './usePersonas';

/** Platforms chosen from the audit's channels (the plan suggests them first) plus free ones. */
export function PlatformsEditor({ engagementId, persona, readOnly }: { engagementId: string; persona: Persona; readOnly: boolean }) {
  const { t } = useTranslation('personas');
  const { setOne } = usePersonas(engagementId);
  const channels = useApiQuery(auditKey(engagementId), 'audit:get', { engagementId });
  const add = useSaveMutation('persona:addPlatform', { onSuccess: setOne });
  const remove = useSaveMutation('persona:removePlatform', { onSuccess: setOne });
  const taken = new Set(persona.platforms.map((p) => p.channelId));
  const options = [{ value: '', label: t('platforms.choose') }, ...(channels.data ?? []).filter((c) => c.enabled && !taken.has(c.id)).map((c) => ({ value: String(c.id), label: c.name }))];
  return (
    <Card title={t('platforms.title')}>
      <ul className="platforms">
        {persona.platforms.map((p) => (
          <li key={p.id}>
            <Tag tone={p.channelId ? 'accent' : 'neutral'}>
              {p.label}
              {!readOnly && (
                <button type="button" className="platforms__remove" aria-label={t('platforms.remove', { label: p.label })} onClick={() => remove.mutate({ engagementId, id: p.id })}>×</button>
              )}
            </Tag>
          </li>
        ))}
      </ul>
      {!readOnly && (
        <div className="platforms__add">
          <Select label={t('platforms.fromAudit')} value="" options={options} onChange={(v) => v && add.mutate({ engagementId, personaId: persona.id, channelId: Number(v) })} />
          <EnterInput label={t('platforms.free')} onEnter={(label) => add.mutate({ engagementId, personaId: persona.id, channelId: null, label })} />
        </div>
      )}
    </Card>
  );
}
