import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/useErrorText';
import { Banner, Loading, PageHeader } from '../../ui';
import { BrandingProfilesDialog } from '../branding/BrandingProfilesDialog';
import { useBrandingProfiles } from '../branding/useBrandingProfiles';
import type { SectionProps } from '../engagement/sectionTypes';
import { useFreshOverview } from '../engagement/useFreshOverview';
import './deliverables.css';
import './deliverablesMessages';
import { ExportCard } from './ExportCard';
import { ExportHistoryCard } from './ExportHistoryCard';
import { ExportSettingsCard } from './ExportSettingsCard';

/** « Livrables »: choose, style and export the Word deliverables; their history and what changed since sent. */
export default function DeliverablesSection({ engagementId, overview, readOnly }: SectionProps) {
  const { t } = useTranslation('deliverables');
  const errorText = useErrorText();
  const { list } = useBrandingProfiles();
  const [managing, setManaging] = useState(false);
  useFreshOverview(engagementId);
  const info = overview.info;
  const profiles = list.data ?? [];
  // The engagement's profile when it still exists, else the first one (what the export would use).
  const profileId = profiles.find((p) => p.id === info.brandingProfileId)?.id ?? profiles[0]?.id ?? null;

  return (
    <div className="deliverables">
      <PageHeader eyebrow={t('eyebrow')} title={t('title')} description={t('description')} />
      {list.error && <Banner tone="danger">{errorText(list.error)}</Banner>}
      {!list.data ? (
        <Loading label="…" />
      ) : (
        <div className="deliverables__top">
          <ExportCard engagementId={engagementId} counts={overview.counts} lang={info.deliverableLang} profileId={profileId} />
          {profileId && (
            <ExportSettingsCard
              engagementId={engagementId}
              info={info}
              profiles={profiles}
              profileId={profileId}
              readOnly={readOnly}
              onManageProfiles={() => setManaging(true)}
            />
          )}
        </div>
      )}
      <ExportHistoryCard engagementId={engagementId} readOnly={readOnly} />
      <BrandingProfilesDialog open={managing} onClose={() => setManaging(false)} initialId={profileId} />
    </div>
  );
}
