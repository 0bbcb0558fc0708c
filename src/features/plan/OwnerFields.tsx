import { useTranslation } from 'react-i18next';
import { AutosaveSelect, AutosaveTextField } from '../../app/save/autosaveFields';
import { OWNER_KINDS, type OwnerKind, type PlanAction } from '../../shared/model/plan';
import type { ActionPatch } from './useActionEditor';
import { usePlanQuery } from './usePlan';

/** Who carries the action: the client's team, the consultant, or a provider (then which one). */
export function OwnerFields({ engagementId, action, onPatch }: { engagementId: string; action: PlanAction; onPatch: (patch: ActionPatch) => Promise<unknown> }) {
  const { t } = useTranslation('actionEditor');
  const { t: tPlan } = useTranslation('plan');
  const providers = usePlanQuery(engagementId, 'provider:list', { engagementId }).data ?? [];
  return (
    <>
      <AutosaveSelect<OwnerKind>
        label={t('fields.ownerKind')}
        value={action.ownerKind}
        options={OWNER_KINDS.map((k) => ({ value: k, label: tPlan(`owners.${k}`) }))}
        // Leaving « prestataire » also drops the provider, so the table does not keep showing it.
        onSave={(ownerKind) => onPatch(ownerKind === 'provider' ? { ownerKind } : { ownerKind, providerId: null })}
      />
      {action.ownerKind === 'provider' ? (
        <AutosaveSelect
          label={t('fields.provider')}
          value={action.providerId === null ? '' : String(action.providerId)}
          options={[{ value: '', label: t('fields.noProvider') }, ...providers.map((p) => ({ value: String(p.id), label: p.company }))]}
          onSave={(v) => onPatch({ providerId: v ? Number(v) : null })}
        />
      ) : (
        <AutosaveTextField label={t('fields.ownerName')} value={action.ownerName} onSave={(ownerName) => onPatch({ ownerName })} />
      )}
    </>
  );
}
