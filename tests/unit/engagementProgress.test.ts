import { describe, expect, it } from 'vitest';
import { computeProgress } from '../../electron/core/domain/engagement';
import { stepStates } from '../../src/features/overview/steps';
import type { EngagementCounts } from '../../src/shared/model/engagement';

const none: EngagementCounts = {
  interviewSessions: 0, notes: 0, objectives: 0, auditChannelsScored: 0, auditChannels: 14, competitors: 0, personas: 0, actions: 0, actionsDone: 0, risks: 0, exports: 0,
};

describe('progress of an engagement', () => {
  // The home screen's percentage (core) and the overview's « Les 7 étapes » (renderer) must agree.
  it.each<[string, Partial<EngagementCounts>]>([
    ['nothing yet', {}],
    ['an interview session without notes', { interviewSessions: 1 }],
    ['notes', { interviewSessions: 1, notes: 4 }],
    ['an audit channel scored', { auditChannelsScored: 1 }],
    ['a competitor and a persona', { competitors: 1, personas: 2 }],
    ['every step', { notes: 1, objectives: 1, auditChannelsScored: 1, competitors: 1, personas: 1, actions: 1, exports: 1 }],
  ])('%s: the percentage is the share of steps the overview shows as started', (_name, counts) => {
    const all = { ...none, ...counts };
    const started = stepStates(all).filter((step) => step.started).length;
    expect(computeProgress(all)).toBeCloseTo(started / 7);
  });
});
