/** Plan d'action: actions, phases, their views (table, kanban, timeline, budget). */
import type { ItemRef } from './interview';

export const ACTION_STATUSES = ['todo', 'in_progress', 'blocked', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const OWNER_KINDS = ['client', 'consultant', 'provider'] as const;
export type OwnerKind = (typeof OWNER_KINDS)[number];
export type ActionPriority = 'high' | 'medium' | 'low';

export interface ActionFields {
  title: string;
  description: string;
  channelId: number | null;
  channelLabel: string;
  phaseId: number | null;
  ownerKind: OwnerKind;
  ownerName: string;
  providerId: number | null;
  startDate: string | null;
  endDate: string | null;
  isMilestone: boolean;
  budgetPlannedCents: number;
  budgetActualCents: number;
  status: ActionStatus;
  priority: ActionPriority;
  kpiLabel: string;
  kpiTarget: number | null;
  kpiActual: number | null;
}

/** Why an action deserves a second look; the renderer turns the code into words. */
export type ActionWarning =
  | { code: 'no_objective' }
  | { code: 'starts_before_prerequisite'; prerequisiteId: number; prerequisiteTitle: string; prerequisiteEnd: string }
  | { code: 'late' }
  | { code: 'over_budget'; overCents: number };

export interface PlanAction extends ActionFields {
  id: number;
  position: number;
  kanbanPosition: number;
  /** The channel as shown: the free label, else the audit channel's name. */
  channel: string;
  phaseName: string;
  providerName: string;
  objectiveIds: number[];
  personaIds: number[];
  dependsOnIds: number[];
  late: boolean;
  warnings: ActionWarning[];
  createdAt: number;
  updatedAt: number;
}

/** One action with what only its editor needs: where it came from (recommendation, note…). */
export interface ActionDetail extends PlanAction {
  sources: ItemRef[];
}

export interface Phase {
  id: number;
  name: string;
  position: number;
  startDate: string | null;
  endDate: string | null;
}

export const ACTION_SORT_KEYS = ['title', 'phase', 'channel', 'owner', 'startDate', 'endDate', 'budgetPlanned', 'budgetActual', 'status', 'priority'] as const;
export type ActionSortKey = (typeof ACTION_SORT_KEYS)[number];

export interface ActionTableQuery {
  sort?: { key: ActionSortKey; dir: 'asc' | 'desc' };
  text?: string;
  statuses?: ActionStatus[];
  phaseId?: number | null;
  channel?: string;
  ownerKind?: OwnerKind;
  objectiveId?: number;
  onlyWithWarnings?: boolean;
}

export interface ActionTable {
  rows: PlanAction[];
  total: number;
}

export interface ChannelSuggestion {
  channelId: number | null;
  label: string;
  /** Named by a linked persona's platforms: listed first. */
  fromPersonas: boolean;
}

export interface TimelineAction {
  id: number;
  title: string;
  startDate: string | null;
  endDate: string | null;
  isMilestone: boolean;
  status: ActionStatus;
  late: boolean;
}

export interface TimelinePhase {
  id: number | null;
  name: string;
  startDate: string | null;
  endDate: string | null;
  actions: TimelineAction[];
}

export interface PlanTimelineData {
  today: string;
  phases: TimelinePhase[];
  dependencies: { fromId: number; toId: number; conflict: boolean }[];
  range: { start: string; end: string } | null;
}

export interface BudgetLine {
  key: string;
  label: string;
  plannedCents: number;
  actualCents: number;
}

export interface PlanBudget {
  envelopeCents: number | null;
  plannedCents: number;
  actualCents: number;
  /** Planned minus envelope, when positive. */
  plannedOverEnvelopeCents: number;
  actualOverEnvelopeCents: number;
  byPhase: BudgetLine[];
  byChannel: BudgetLine[];
  /** By the month an action starts ('YYYY-MM'); undated actions under 'undated'. */
  byMonth: BudgetLine[];
  overBudgetActions: { id: number; title: string; overCents: number }[];
}
