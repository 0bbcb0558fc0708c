import type { Lang } from '../lang';

/** The engagement's own record (one per .orchestre file). */
export interface EngagementInfo {
  uid: string;
  title: string;
  clientName: string;
  clientSector: string;
  clientCity: string;
  clientWebsite: string;
  clientHeadcount: string;
  clientDescription: string;
  context: string;
  startDate: string | null;
  endDate: string | null;
  /** HT, in euro cents. */
  budgetEnvelopeCents: number | null;
  deliverableLang: Lang;
  brandingProfileId: string | null;
  clientLogoImageId: number | null;
  confidentiality: string;
  status: 'active' | 'archived';
  createdAt: number;
  updatedAt: number;
}

export type StakeholderSide = 'client' | 'consultant' | 'provider' | 'other';

export interface Stakeholder {
  id: number;
  name: string;
  role: string;
  side: StakeholderSide;
  email: string;
  phone: string;
  isApprover: boolean;
  notes: string;
}

/** How far each step of the method has got; drives the home screen's progress. */
export interface EngagementCounts {
  interviewSessions: number;
  notes: number;
  objectives: number;
  auditChannelsScored: number;
  auditChannels: number;
  competitors: number;
  personas: number;
  actions: number;
  actionsDone: number;
  risks: number;
  exports: number;
}

export interface EngagementOverview {
  engagementId: string;
  path: string;
  fileName: string;
  readOnly: boolean;
  info: EngagementInfo;
  stakeholders: Stakeholder[];
  counts: EngagementCounts;
  /** 0..1, share of the seven workflow steps that have content. */
  progress: number;
  /** Sum of the plan's planned budgets (HT cents). */
  plannedBudgetCents: number;
}

/**
 * Whether an open engagement's file is still at its path: `missing` (moved,
 * renamed or deleted while open) or `replaced` (another file now has its name,
 * as after a sync client's update). Writes are refused unless `inPlace`.
 */
export type EngagementFileState = 'inPlace' | 'missing' | 'replaced';

export interface EngagementHandle {
  engagementId: string;
  path: string;
  readOnly: boolean;
  /** Set when the file was migrated on open: where its pre-migration copy sits. */
  migratedFrom?: { version: number; backupPath: string };
}
