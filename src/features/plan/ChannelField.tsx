import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AutosaveTextField } from '../../app/save/autosaveFields';
import type { PlanAction } from '../../shared/model/plan';
import { Field } from '../../ui';
import type { ActionPatch } from './useActionEditor';
import { usePlanQuery } from './usePlan';

const OTHER = 'other';
const keyOf = (channelId: number | null, label: string) => (channelId !== null ? `id:${channelId}` : label ? `label:${label}` : '');

/**
 * The action's channel: the platforms of its linked personas come first (where its
 * audience is), then the audited channels, then a free label.
 */
export function ChannelField({ engagementId, action, onPatch }: { engagementId: string; action: PlanAction; onPatch: (patch: ActionPatch) => Promise<unknown> }) {
  const { t } = useTranslation('actionEditor');
  const suggestions = usePlanQuery(engagementId, 'action:channels', { engagementId, personaIds: action.personaIds }, [action.personaIds]).data ?? [];
  const current = keyOf(action.channelId, action.channelLabel);
  const known = suggestions.some((s) => keyOf(s.channelId, s.label) === current);
  const [free, setFree] = useState(false);
  const value = free || (current !== '' && !known && action.channelId === null) ? OTHER : current;
  const fromPersonas = suggestions.filter((s) => s.fromPersonas);
  const others = suggestions.filter((s) => !s.fromPersonas);
  const option = (s: (typeof suggestions)[number]) => (
    <option key={keyOf(s.channelId, s.label)} value={keyOf(s.channelId, s.label)}>
      {s.label}
    </option>
  );
  const pick = (next: string) => {
    setFree(next === OTHER);
    if (next === OTHER) return;
    const chosen = suggestions.find((s) => keyOf(s.channelId, s.label) === next);
    void onPatch(chosen ? { channelId: chosen.channelId, channelLabel: chosen.channelId === null ? chosen.label : '' } : { channelId: null, channelLabel: '' });
  };
  return (
    <>
      <Field label={t('fields.channel')}>
        {(control) => (
          <select {...control} className="ui-input" value={value} onChange={(e) => pick(e.target.value)} data-testid="action-channel">
            <option value="">{t('fields.noChannel')}</option>
            {fromPersonas.length > 0 && <optgroup label={t('fields.fromPersonas')}>{fromPersonas.map(option)}</optgroup>}
            {others.length > 0 && <optgroup label={t('fields.otherChannels')}>{others.map(option)}</optgroup>}
            {action.channelId !== null && !known && <option value={current}>{action.channel}</option>}
            <option value={OTHER}>{t('fields.channelOther')}</option>
          </select>
        )}
      </Field>
      {value === OTHER && <AutosaveTextField label={t('fields.channelFree')} value={action.channelLabel} onSave={(channelLabel) => onPatch({ channelId: null, channelLabel })} />}
    </>
  );
}
