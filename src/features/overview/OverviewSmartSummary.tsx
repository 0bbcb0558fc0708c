import { useApiQuery } from '../../app/queries/useApiQuery';
import { SmartSummaryCard } from '../objectives/SmartSummaryCard';
import { objectivesKey } from '../objectives/useObjectives';
import '../objectives/objectivesMessages';
import '../objectives/objectives.css';

/** The SMART state of the objectives, on the overview (shown once there is an objective). */
export function OverviewSmartSummary({ engagementId }: { engagementId: string }) {
  const objectives = useApiQuery(objectivesKey(engagementId), 'objective:list', { engagementId }, { staleTime: 0 });
  if (!objectives.data?.length) return null;
  return <SmartSummaryCard objectives={objectives.data} />;
}
