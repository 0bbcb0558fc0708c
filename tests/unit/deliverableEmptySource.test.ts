import { describe, expect, it } from 'vitest';
import { emptySource } from '../../src/features/deliverables/emptySource';
import { DELIVERABLE_KINDS } from '../../src/shared/model/deliverables';
import type { EngagementCounts } from '../../src/shared/model/engagement';

const none: EngagementCounts = {
  interviewSessions: 0, notes: 0, objectives: 0, auditChannelsScored: 0, auditChannels: 14, competitors: 0, personas: 0, actions: 0, actionsDone: 0, risks: 0, exports: 0,
};

describe('where an empty deliverable starts', () => {
  it('sends every deliverable of a new engagement to the section that feeds it', () => {
    expect(Object.fromEntries(DELIVERABLE_KINDS.map((kind) => [kind, emptySource(kind, none)]))).toEqual({
      interview: 'interview', audit: 'audit', benchmark: 'benchmark', personas: 'personas', plan: 'plan', specification: 'objectives', strategy: 'interview',
    });
  });

  it('says nothing once the source has content (a session without notes still has nothing for the minutes)', () => {
    expect(emptySource('interview', { ...none, interviewSessions: 1 })).toBe('interview');
    expect(emptySource('interview', { ...none, notes: 3 })).toBeNull();
    expect(emptySource('audit', { ...none, auditChannelsScored: 1 })).toBeNull();
    expect(emptySource('plan', { ...none, actions: 2 })).toBeNull();
  });

  it('counts the full report and the specification as empty only when all their sources are', () => {
    expect(emptySource('specification', { ...none, personas: 1 })).toBeNull();
    expect(emptySource('strategy', { ...none, competitors: 1 })).toBeNull();
    expect(emptySource('strategy', { ...none, interviewSessions: 2 })).toBe('interview');
  });
});
