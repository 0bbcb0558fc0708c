import type { EngagementCounts } from '../../shared/model/engagement';

/** The seven steps of the method, each with what shows it has started. */
export const STEP_IDS = ['interview', 'objectives', 'audit', 'benchmark', 'personas', 'plan', 'deliverables'] as const;
export type StepId = (typeof STEP_IDS)[number];

export interface StepState {
  id: StepId;
  started: boolean;
  /** Count for the step's detail line (plural form chosen by i18next). */
  count: number;
  total?: number;
}

export function stepStates(counts: EngagementCounts): StepState[] {
  const states: Record<StepId, Omit<StepState, 'id'>> = {
    interview: { started: counts.notes > 0 || counts.interviewSessions > 0, count: counts.notes },
    objectives: { started: counts.objectives > 0, count: counts.objectives },
    audit: { started: counts.auditChannelsScored > 0, count: counts.auditChannelsScored, total: counts.auditChannels },
    benchmark: { started: counts.competitors > 0, count: counts.competitors },
    personas: { started: counts.personas > 0, count: counts.personas },
    plan: { started: counts.actions > 0, count: counts.actions },
    deliverables: { started: counts.exports > 0, count: counts.exports },
  };
  return STEP_IDS.map((id) => ({ id, ...states[id] }));
}
