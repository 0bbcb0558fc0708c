import { useTranslation } from 'react-i18next';
import type { SectionProps } from '../engagement/sectionTypes';
import { useFreshOverview } from '../engagement/useFreshOverview';
import { PageHeader } from '../../ui';
import { ClientInfoCard } from './ClientInfoCard';
import { KeyFigures } from './KeyFigures';
import './overviewMessages';
import { PlanDashboard } from './PlanDashboard';
import { StakeholdersCard } from './StakeholdersCard';
import { StepProgress } from './StepProgress';
import './OverviewSection.css';
import { OverviewSmartSummary } from './OverviewSmartSummary';

/** « Vue d'ensemble »: key figures, the client record, the seven steps, stakeholders. */
export default function OverviewSection({ engagementId, overview, readOnly }: SectionProps) {
  const { t } = useTranslation('overview');
  useFreshOverview(engagementId);
  const { info } = overview;
  const subtitle = [info.clientName, info.clientSector, info.clientCity].filter(Boolean).join(' · ');
  return (
    <div className="overview">
      <PageHeader eyebrow={t('eyebrow')} title={info.title || t('untitled')} description={subtitle} />
      <KeyFigures overview={overview} />
      <OverviewSmartSummary engagementId={engagementId} />
      <PlanDashboard engagementId={engagementId} />
      <div className="overview__columns">
        <ClientInfoCard engagementId={engagementId} info={info} readOnly={readOnly} />
        <StepProgress engagementId={engagementId} counts={overview.counts} />
      </div>
      <StakeholdersCard engagementId={engagementId} stakeholders={overview.stakeholders} readOnly={readOnly} />
    </div>
  );
}
