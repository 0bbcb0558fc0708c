import { useTranslation } from 'react-i18next';
import {
  AutosaveDateField,
  AutosaveMoneyField,
  AutosaveSelect,
  AutosaveTextArea,
  AutosaveTextField,
} from '../../app/save/autosaveFields';
import type { Lang } from '../../shared/lang';
import type { EngagementInfo } from '../../shared/model/engagement';
import { Card } from '../../ui';
import { useEngagementPatch } from './useEngagementPatch';

/** The client and engagement record; every field saves itself. */
export function ClientInfoCard({
  engagementId,
  info,
  readOnly,
}: {
  engagementId: string;
  info: EngagementInfo;
  readOnly: boolean;
}) {
  const { t } = useTranslation('overview');
  const patch = useEngagementPatch(engagementId);
  const text = (
    key:
      | 'title'
      | 'clientSector'
      | 'clientCity'
      | 'clientWebsite'
      | 'clientHeadcount'
      | 'clientDescription'
      | 'context'
      | 'confidentiality',
  ) => ({
    value: info[key],
    onSave: (value: string) => patch({ [key]: value }),
    readOnly,
  });
  const confidentialityId = `confidentiality-${engagementId}`;

  return (
    <Card title={t('client.title')} description={t('client.description')}>
      <div className="form-grid">
        <AutosaveTextField
          className="form-grid__wide"
          label={t('client.missionTitle')}
          name="title"
          {...text('title')}
        />
        <AutosaveTextField
          label={t('client.clientName')}
          name="clientName"
          required
          value={info.clientName}
          onSave={(value) => patch({ clientName: value })}
          validate={(value) => (value.trim() ? null : t('client.clientNameRequired'))}
          readOnly={readOnly}
        />
        <AutosaveTextField label={t('client.sector')} name="clientSector" {...text('clientSector')} />
        <AutosaveTextField
          label={t('client.city')}
          name="clientCity"
          autoComplete="address-level2"
          {...text('clientCity')}
        />
        <AutosaveTextField
          label={t('client.website')}
          name="clientWebsite"
          type="url"
          inputMode="url"
          placeholder={t('client.websitePlaceholder')}
          {...text('clientWebsite')}
        />
        <AutosaveTextField
          label={t('client.headcount')}
          name="clientHeadcount"
          placeholder={t('client.headcountPlaceholder')}
          {...text('clientHeadcount')}
        />
        <AutosaveSelect<Lang>
          label={t('client.deliverableLang')}
          name="deliverableLang"
          value={info.deliverableLang}
          onSave={(value) => patch({ deliverableLang: value })}
          disabled={readOnly}
          options={[
            { value: 'fr', label: t('client.langFr') },
            { value: 'en', label: t('client.langEn') },
          ]}
        />
        <AutosaveDateField
          label={t('client.startDate')}
          name="startDate"
          value={info.startDate ?? ''}
          onSave={(value) => patch({ startDate: value || null })}
          readOnly={readOnly}
        />
        <AutosaveDateField
          label={t('client.endDate')}
          name="endDate"
          value={info.endDate ?? ''}
          onSave={(value) => patch({ endDate: value || null })}
          validate={(value) => (value && info.startDate && value < info.startDate ? t('client.endBeforeStart') : null)}
          readOnly={readOnly}
        />
        <AutosaveMoneyField
          label={t('client.budget')}
          name="budgetEnvelope"
          hint={t('client.budgetHint')}
          value={info.budgetEnvelopeCents}
          onSave={(value) => patch({ budgetEnvelopeCents: value })}
          readOnly={readOnly}
        />
        <AutosaveTextField
          label={t('client.confidentiality')}
          name="confidentiality"
          hint={t('client.confidentialityHint')}
          list={confidentialityId}
          {...text('confidentiality')}
        />
        <datalist id={confidentialityId}>
          <option value={t('client.confidentialityOptions.internal')} />
          <option value={t('client.confidentialityOptions.confidential')} />
          <option value={t('client.confidentialityOptions.restricted')} />
        </datalist>
        <AutosaveTextArea
          className="form-grid__wide"
          label={t('client.description_')}
          name="clientDescription"
          hint={t('client.descriptionHint')}
          rows={3}
          {...text('clientDescription')}
        />
        <AutosaveTextArea
          className="form-grid__wide"
          label={t('client.context')}
          name="context"
          rows={4}
          {...text('context')}
        />
      </div>
    </Card>
  );
}
