/** Objectifs SMART, KPI catalogue and the SMART check's result. */
import type { ItemRef } from './interview';

export const HORIZONS = ['short', 'medium', 'long'] as const;
export type Horizon = (typeof HORIZONS)[number];
export type Direction = 'increase' | 'decrease' | 'maintain';
export type Priority = 'high' | 'medium' | 'low';
export type ObjectiveStatus = 'draft' | 'active' | 'achieved' | 'dropped';

export interface KpiDefinition {
  id: number;
  code: string;
  labelFr: string;
  labelEn: string;
  definitionFr: string;
  definitionEn: string;
  unit: string;
  direction: Direction;
  isCustom: boolean;
}

export interface ObjectiveFields {
  horizon: Horizon;
  statement: string;
  specific: string;
  kpiId: number | null;
  kpiLabel: string;
  baseline: number | null;
  target: number | null;
  unit: string;
  direction: Direction;
  achievable: string;
  realistic: string;
  deadline: string | null;
  owner: string;
  ownerStakeholderId: number | null;
  priority: Priority;
  status: ObjectiveStatus;
}

export type SmartLetter = 'S' | 'M' | 'A' | 'R' | 'T';

export const SMART_HINT_CODES = [
  'statement_missing',
  'specific_missing',
  'no_number',
  'kpi_missing',
  'baseline_missing',
  'target_missing',
  'unit_missing',
  'target_not_above_baseline',
  'target_not_below_baseline',
  'target_differs_for_maintain',
  'achievable_missing',
  'realistic_missing',
  'deadline_missing',
  'deadline_past',
  'owner_missing',
] as const;
export type SmartHintCode = (typeof SMART_HINT_CODES)[number];

export interface SmartHint {
  code: SmartHintCode;
  letter: SmartLetter | null;
}

export interface SmartCheck {
  hints: SmartHint[];
  /** Letters with nothing missing or inconsistent. */
  letters: Record<SmartLetter, boolean>;
  /** All five letters fine. */
  complete: boolean;
}

export interface Objective extends ObjectiveFields {
  id: number;
  position: number;
  createdAt: number;
  updatedAt: number;
  smart: SmartCheck;
  /** Notes this objective came from: the item's side of traceability. */
  sources: ItemRef[];
}

export interface SmartSummary {
  total: number;
  complete: number;
  /** Active objectives (not achieved or dropped) with at least one hint. */
  withHints: number;
  byLetter: Record<SmartLetter, number>;
  byHorizon: Record<Horizon, number>;
  /** Most frequent hints first. */
  topHints: { code: SmartHintCode; count: number }[];
}
