/** Audit de présence digitale: channels, scored criteria, findings, recommendations, SWOT. */
import type { ItemRef } from './interview';
import type { Priority } from './objectives';

export const FINDING_KINDS = ['strength', 'improvement'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];
export const SWOT_QUADRANTS = ['strength', 'weakness', 'opportunity', 'threat'] as const;
export type SwotQuadrant = (typeof SWOT_QUADRANTS)[number];

export interface AuditImage {
  /** The audit_images row (caption, placement). */
  id: number;
  imageId: number;
  criterionId: number | null;
  caption: string;
}

export interface AuditCriterion {
  id: number;
  channelId: number;
  label: string;
  /** 0–5, null while not scored. */
  score: number | null;
  notApplicable: boolean;
  evidence: string;
  evidenceUrl: string;
  evidenceFigures: string;
  updatedAt: number;
}

export interface AuditFinding {
  id: number;
  channelId: number;
  kind: FindingKind;
  text: string;
}

/** 1 = low, 3 = high, for both impact and effort. */
export type Level = 1 | 2 | 3;

export interface Recommendation {
  id: number;
  channelId: number;
  text: string;
  detail: string;
  impact: Level;
  effort: Level;
  priority: Priority;
  suggestedOwner: string;
  /** Draft actions created from it (traceability). */
  actions: ItemRef[];
}

export interface ChannelMetric {
  id: number;
  channelId: number;
  label: string;
  value: number | null;
  unit: string;
  readOn: string | null;
  source: string;
}

export interface AuditChannel {
  id: number;
  code: string;
  name: string;
  network: string;
  enabled: boolean;
  summary: string;
  /** Mean of the scored, applicable criteria (0–5), null when none is scored. */
  score: number | null;
  criteria: AuditCriterion[];
  findings: AuditFinding[];
  recommendations: Recommendation[];
  metrics: ChannelMetric[];
  images: AuditImage[];
}

export interface ChannelScore {
  channelId: number;
  name: string;
  score: number | null;
  scored: number;
  notApplicable: number;
  total: number;
}

export interface SwotItem {
  id: number;
  quadrant: SwotQuadrant;
  text: string;
  origin: 'audit' | 'manual';
  findingId: number | null;
  hidden: boolean;
}
