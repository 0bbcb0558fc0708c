import { useTranslation } from 'react-i18next';
import { AutosaveDateField, AutosaveSelect, AutosaveTextArea, AutosaveTextField, useAutosaveBinding } from '../../app/save/autosaveFields';
import { NumberField } from '../../ui';
import { isLang } from '../../shared/lang';
import type { KpiDefinition, Objective } from '../../shared/model/objectives';
import type { ObjectivePatch } from './useObjectives';

interface ObjectiveEditorProps {
  objective: Objective;
  kpis: KpiDefinition[];
  onPatch: (patch: ObjectivePatch) => Promise<unknown>;
}

/** The SMART editor: every field saves itself; the hints above update with each answer. */
export function ObjectiveEditor({ objective, kpis, onPatch }: ObjectiveEditorProps) {
  const { t, i18n } = useTranslation('objectives');
  const lang = isLang(i18n.language) ? i18n.language : 'fr';
  const kpi = kpis.find((k) => k.id === objective.kpiId);
  const kpiOptions = [
    { value: '', label: t('fields.kpiNone') },
    ...kpis.map((k) => ({ value: String(k.id), label: lang === 'fr' ? k.labelFr : k.labelEn })),
  ];
  return (
    <div className="objective-editor">
      <AutosaveTextField className="objective-editor__wide" label={t('fields.statement')} value={objective.statement} onSave={(statement) => onPatch({ statement })} validate={(v) => (v.trim() ? null : t('hints.statement_missing'))} />
      <AutosaveTextArea className="objective-editor__wide" rows={2} label={t('fields.specific')} value={objective.specific} onSave={(specific) => onPatch({ specific })} />
      <AutosaveSelect label={t('fields.kpi')} value={objective.kpiId === null ? '' : String(objective.kpiId)} options={kpiOptions} onSave={(v) => onPatch({ kpiId: v ? Number(v) : null })} />
      {kpi ? (
        <p className="objective-editor__kpi-definition">{lang === 'fr' ? kpi.definitionFr : kpi.definitionEn}</p>
      ) : (
        <AutosaveTextField label={t('fields.kpiCustom')} value={objective.kpiLabel} onSave={(kpiLabel) => onPatch({ kpiLabel })} />
      )}
      <div className="objective-editor__figures">
        <AutosaveNumber label={t('fields.baseline')} value={objective.baseline} onSave={(baseline) => onPatch({ baseline })} />
        <AutosaveNumber label={t('fields.target')} value={objective.target} onSave={(target) => onPatch({ target })} />
        <AutosaveTextField label={t('fields.unit')} value={objective.unit} onSave={(unit) => onPatch({ unit })} />
        <AutosaveSelect
          label={t('fields.direction')}
          value={objective.direction}
          options={(['increase', 'decrease', 'maintain'] as const).map((d) => ({ value: d, label: t(`directions.${d}`) }))}
          onSave={(direction) => onPatch({ direction })}
        />
      </div>
      <AutosaveTextArea rows={2} label={t('fields.achievable')} value={objective.achievable} onSave={(achievable) => onPatch({ achievable })} />
      <AutosaveTextArea rows={2} label={t('fields.realistic')} value={objective.realistic} onSave={(realistic) => onPatch({ realistic })} />
      <div className="objective-editor__figures">
        <AutosaveDateField label={t('fields.deadline')} value={objective.deadline ?? ''} onSave={(v) => onPatch({ deadline: v || null })} />
        <AutosaveTextField label={t('fields.owner')} value={objective.owner} onSave={(owner) => onPatch({ owner })} />
        <AutosaveSelect
          label={t('fields.priority')}
          value={objective.priority}
          options={(['high', 'medium', 'low'] as const).map((p) => ({ value: p, label: t(`priorities.${p}`) }))}
          onSave={(priority) => onPatch({ priority })}
        />
        <AutosaveSelect
          label={t('fields.status')}
          value={objective.status}
          options={(['draft', 'active', 'achieved', 'dropped'] as const).map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          onSave={(status) => onPatch({ status })}
        />
      </div>
    </div>
  );
}

function AutosaveNumber({ label, value, onSave }: { label: string; value: number | null; onSave: (value: number | null) => Promise<unknown> }) {
  return <NumberField label={label} {...useAutosaveBinding({ value, onSave })} />;
}
