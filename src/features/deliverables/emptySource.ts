import type { DeliverableKind } from '../../shared/model/deliverables';
import type { EngagementCounts } from '../../shared/model/engagement';

/**
 * Where to start when a deliverable would come out empty: the section that feeds it,
 * or null when it has something to show. The full report and the specification draw
 * on several sections: empty only when all of theirs are.
 */
export function emptySource(kind: DeliverableKind, counts: EngagementCounts): string | null {
  switch (kind) {
    case 'interview':
      return counts.notes === 0 ? 'interview' : null;
    case 'audit':
      return counts.auditChannelsScored === 0 ? 'audit' : null;
    case 'benchmark':
      return counts.competitors === 0 ? 'benchmark' : null;
    case 'personas':
      return counts.personas === 0 ? 'personas' : null;
    case 'plan':
      return counts.actions === 0 ? 'plan' : null;
    case 'specification':
      return counts.objectives === 0 && counts.actions === 0 && counts.personas === 0 ? 'objectives' : null;
    case 'strategy':
      return counts.notes + counts.objectives + counts.auditChannelsScored + counts.competitors + counts.personas + counts.actions === 0 ? 'interview' : null;
  }
}
