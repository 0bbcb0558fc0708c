import type { EngagementCounts } from './model/engagement';

/**
 * Where an engagement stands in the method, from what it holds: the furthest
 * stage with content. Shown and filtered on the home screen; computed when the
 * engagement is opened or closed and kept in the workspace, so listing many
 * engagements never opens their files.
 */
export const ENGAGEMENT_PHASES = ['start', 'framing', 'analysis', 'plan', 'delivery'] as const;
export type EngagementPhase = (typeof ENGAGEMENT_PHASES)[number];

export function engagementPhase(counts: EngagementCounts): EngagementPhase {
  if (counts.exports > 0) return 'delivery';
  if (counts.actions > 0) return 'plan';
  if (counts.auditChannelsScored > 0 || counts.competitors > 0 || counts.personas > 0) return 'analysis';
  if (counts.notes > 0 || counts.interviewSessions > 0 || counts.objectives > 0) return 'framing';
  return 'start';
}
