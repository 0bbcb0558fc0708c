import { useTranslation } from 'react-i18next';
import { AutosaveSelect, AutosaveTextField } from '../../app/save/autosaveFields';
import type { Lang } from '../../shared/lang';
import type { EngagementInfo } from '../../shared/model/engagement';
import type { BrandingProfile } from '../../shared/model/workspace';
import { Button, Card } from '../../ui';
import { useEngagementPatch } from '../overview/useEngagementPatch';
import { ClientLogoField } from './ClientLogoField';

/** Profile, language and confidentiality notice: saved on the engagement as soon as chosen. */
export function ExportSettingsCard({
  engagementId,
  info,
  profiles,
  profileId,
  readOnly,
  onManageProfiles,
}: {
  engagementId: string;
  info: EngagementInfo;
  profiles: readonly BrandingProfile[];
  profileId: string;
  readOnly: boolean;
  onManageProfiles: () => void;
}) {
  const { t } = useTranslation('deliverables');
  const patch = useEngagementPatch(engagementId);
  const options = profiles.map((profile) => ({ value: profile.id, label: profile.name }));
  const onlyDefault = profiles.length === 1 && profiles[0]?.id === 'default';
  return (
    <Card
      title={t('settings.title')}
      description={t('settings.description')}
      className="export-settings"
    >
      <div className="export-settings__fields">
        <AutosaveSelect<string>
          label={t('settings.profile')}
          value={profileId}
          options={options}
          disabled={readOnly}
          onSave={(value) => patch({ brandingProfileId: value })}
          {...(onlyDefault ? { hint: t('settings.defaultProfileHint') } : {})}
        />
        <div className="export-settings__manage">
          <Button size="sm" onClick={onManageProfiles}>
            {t('settings.manageProfiles')}
          </Button>
        </div>
        <AutosaveSelect<Lang>
          label={t('settings.lang')}
          value={info.deliverableLang}
          options={[
            { value: 'fr', label: t('settings.langs.fr') },
            { value: 'en', label: t('settings.langs.en') },
          ]}
          disabled={readOnly}
          onSave={(value) => patch({ deliverableLang: value })}
        />
        <ClientLogoField engagementId={engagementId} imageId={info.clientLogoImageId} readOnly={readOnly} />
        <AutosaveTextField
          label={t('settings.confidentiality')}
          hint={t('settings.confidentialityHint')}
          value={info.confidentiality}
          readOnly={readOnly}
          onSave={(value) => patch({ confidentiality: value })}
        />
      </div>
    </Card>
  );
}
