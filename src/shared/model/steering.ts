/** Prestataires and devis, validation of the plan, pilotage (KPI, alerts, risks), the overview dashboard. */

export interface Provider {
  id: number;
  company: string;
  contactName: string;
  email: string;
  phone: string;
  website: string;
  skills: string;
  notes: string;
}

export interface Quote {
  id: number;
  actionId: number;
  providerId: number;
  providerName: string;
  amountCents: number;
  receivedOn: string | null;
  validUntil: string | null;
  notes: string;
  fileRef: string;
  isSelected: boolean;
}

/** Quotes for one action side by side, with what a comparison needs computed once. */
export interface QuoteComparison {
  actionId: number;
  actionTitle: string;
  budgetPlannedCents: number;
  quotes: (Quote & { cheapest: boolean; expired: boolean; overCheapestCents: number })[];
}

export const APPROVAL_STATUSES = ['submitted', 'approved', 'changes_requested', 'rejected'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

export interface PlanApproval {
  id: number;
  status: ApprovalStatus;
  submittedOn: string | null;
  decidedBy: string;
  decidedOn: string | null;
  comment: string;
  hasSnapshot: boolean;
  createdAt: number;
}

/** What approval freezes: enough of each action to explain later changes. */
export interface PlanSnapshot {
  format: 1;
  actions: { id: number; title: string; phaseName: string; startDate: string | null; endDate: string | null; budgetPlannedCents: number; status: string }[];
  plannedCents: number;
}

export type PlanChange =
  | { kind: 'added'; actionId: number; title: string; budgetPlannedCents: number }
  | { kind: 'removed'; actionId: number; title: string; budgetPlannedCents: number }
  | { kind: 'dates'; actionId: number; title: string; before: { start: string | null; end: string | null }; after: { start: string | null; end: string | null } }
  | { kind: 'budget'; actionId: number; title: string; beforeCents: number; afterCents: number }
  | { kind: 'renamed'; actionId: number; title: string; beforeTitle: string };

export interface PlanDiff {
  /** The approval compared against; null when the plan was never approved. */
  approval: PlanApproval | null;
  /** False for an approval recorded without a detailed snapshot (older files). */
  comparable: boolean;
  changes: PlanChange[];
  plannedBeforeCents: number;
  plannedNowCents: number;
}

export interface KpiMeasurement {
  id: number;
  objectiveId: number;
  value: number;
  measuredOn: string;
  source: string;
}

export interface KpiSeries {
  objectiveId: number;
  statement: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  deadline: string | null;
  direction: 'increase' | 'decrease' | 'maintain';
  points: { measuredOn: string; value: number; source: string }[];
}

export interface CsvMapping {
  /** Column holding the objective (its statement or KPI label); null when `objectiveId` is fixed. */
  objectiveColumn: number | null;
  objectiveId: number | null;
  valueColumn: number;
  dateColumn: number;
  sourceColumn: number | null;
}

export type CsvRowError = 'objective_unknown' | 'value_invalid' | 'date_invalid' | 'value_missing' | 'date_missing';

export interface CsvPreviewRow {
  /** 1-based line in the file (the header is line 1). */
  line: number;
  cells: string[];
  objectiveId: number | null;
  value: number | null;
  measuredOn: string | null;
  source: string;
  errors: CsvRowError[];
}

export interface CsvPreview {
  columns: string[];
  delimiter: string;
  mapping: CsvMapping;
  rows: CsvPreviewRow[];
  errorCount: number;
}

export const ALERT_KINDS = ['objective_off_track', 'action_late', 'action_over_budget', 'action_without_objective'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export interface PlanAlert {
  /** Stable key: `${kind}:${subjectId}`. */
  key: string;
  kind: AlertKind;
  subjectId: number;
  label: string;
  /** Figures for the sentence: days late, cents over, % of expected progress. */
  figure: number | null;
}

export const RISK_STATUSES = ['open', 'mitigated', 'closed', 'occurred'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

export interface RiskFields {
  title: string;
  description: string;
  probability: number;
  impact: number;
  mitigation: string;
  owner: string;
  status: RiskStatus;
}

export interface Risk extends RiskFields {
  id: number;
  position: number;
  score: number;
}

export interface PlanDashboard {
  progressByPhase: { phaseId: number | null; name: string; total: number; done: number; percent: number }[];
  envelopeCents: number | null;
  plannedCents: number;
  actualCents: number;
  nextDeadlines: { id: number; title: string; endDate: string; isMilestone: boolean; late: boolean }[];
  alerts: PlanAlert[];
  alertCount: number;
}
