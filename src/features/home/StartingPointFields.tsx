import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../app/queries/useApiQuery';
import type { CarryOver } from '../../shared/model/reuse';
import type { RecentEngagement } from '../../shared/model/workspace';
import { Select } from '../../ui';
import './startingPointMessages';
import './StartingPointFields.css';

export interface StartingPoint {
  /** '' = Orchestre's standard templates. */
  sourcePath: string;
  carry: CarryOver;
  /** '' = the standard guide in the deliverables language. */
  guideTemplateId: string;
}

export const STANDARD_START: StartingPoint = {
  sourcePath: '',
  carry: { guide: true, auditGrid: true, kpis: true, branding: true },
  guideTemplateId: '',
};

const CARRY_KEYS = ['guide', 'auditGrid', 'kpis', 'branding'] as const;

/** « Point de départ »: the standard templates (with a guide template to pick) or a previous engagement's structure. */
export function StartingPointFields({
  value,
  onChange,
  engagements,
  open,
}: {
  value: StartingPoint;
  onChange: (value: StartingPoint) => void;
  engagements: readonly RecentEngagement[];
  open: boolean;
}) {
  const { t } = useTranslation('startingPoint');
  const templates = useApiQuery(['guideTemplate:list'], 'guideTemplate:list', {}, { enabled: open });
  const previous = engagements.filter((engagement) => engagement.exists);
  const showTemplate = value.sourcePath === '' || !value.carry.guide;

  return (
    <fieldset className="starting-point">
      <legend className="starting-point__legend">{t('legend')}</legend>
      <Select
        label={t('source')}
        name="sourcePath"
        value={value.sourcePath}
        onChange={(sourcePath) => onChange({ ...value, sourcePath })}
        options={[
          { value: '', label: t('standard') },
          ...previous.map((engagement) => ({
            value: engagement.path,
            label: t('previous', { client: engagement.clientName, title: engagement.title }),
          })),
        ]}
      />
      {value.sourcePath !== '' && (
        <fieldset className="starting-point__carry">
          <legend className="starting-point__legend starting-point__legend--small">{t('carryLegend')}</legend>
          {CARRY_KEYS.map((key) => (
            <label key={key} className="starting-point__check">
              <input
                type="checkbox"
                checked={value.carry[key]}
                onChange={(event) => onChange({ ...value, carry: { ...value.carry, [key]: event.target.checked } })}
              />
              <span>{t(`carry.${key}`)}</span>
            </label>
          ))}
          <p className="starting-point__never">{t('never')}</p>
        </fieldset>
      )}
      {showTemplate && (
        <Select
          label={t('guideTemplate')}
          name="guideTemplateId"
          value={value.guideTemplateId}
          onChange={(guideTemplateId) => onChange({ ...value, guideTemplateId })}
          options={[
            { value: '', label: t('guideTemplateDefault') },
            ...(templates.data ?? []).map((template) => ({ value: template.id, label: template.name })),
          ]}
        />
      )}
    </fieldset>
  );
}
