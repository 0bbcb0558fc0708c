import path from 'node:path';
import type { EngagementOverview } from '../../../src/shared/model/engagement';
import type { EngagementSession } from '../store/sessions';
import { computeProgress, getEngagementCounts, getEngagementInfo, getPlannedBudgetCents } from './engagement';
import { listStakeholders } from './stakeholders';

export function buildOverview(session: EngagementSession): EngagementOverview {
  return session.read((db) => {
    const counts = getEngagementCounts(db);
    return {
      engagementId: session.id,
      path: session.file.path,
      fileName: path.basename(session.file.path),
      readOnly: session.file.readOnly,
      info: getEngagementInfo(db),
      stakeholders: listStakeholders(db),
      counts,
      progress: computeProgress(counts),
      plannedBudgetCents: getPlannedBudgetCents(db),
    };
  });
}
