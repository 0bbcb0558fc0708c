import type Database from 'better-sqlite3';
import { bool, rows } from './rows';

export type Priority = 'high' | 'medium' | 'low';
export type ActionStatus = 'todo' | 'in_progress' | 'blocked' | 'done' | 'dropped';

export interface SnapshotAction {
  id: number;
  title: string;
  description: string;
  channel: string;
  phaseId: number | null;
  ownerKind: 'client' | 'consultant' | 'provider';
  ownerName: string;
  provider: string;
  startDate: string | null;
  endDate: string | null;
  isMilestone: boolean;
  budgetPlannedCents: number;
  budgetActualCents: number;
  status: ActionStatus;
  priority: Priority;
  kpiLabel: string;
  kpiTarget: number | null;
  kpiActual: number | null;
  objectiveIds: number[];
  personaIds: number[];
}

export interface PlanPart {
  phases: { id: number; name: string; startDate: string | null; endDate: string | null }[];
  providers: { id: number; company: string; contactName: string; email: string; phone: string; website: string; skills: string }[];
  actions: SnapshotAction[];
  quotes: { id: number; actionId: number; provider: string; amountCents: number; receivedOn: string | null; validUntil: string | null; isSelected: boolean; notes: string }[];
  approvals: { status: 'submitted' | 'approved' | 'changes_requested' | 'rejected'; submittedOn: string | null; decidedBy: string; decidedOn: string | null; comment: string }[];
  risks: { id: number; title: string; description: string; probability: number; impact: number; mitigation: string; owner: string; status: 'open' | 'mitigated' | 'closed' | 'occurred' }[];
}

export function readPlanPart(db: Database.Database): PlanPart {
  const links = rows<{ action_id: number; objective_id: number }>(db, 'SELECT * FROM action_objectives');
  const personaLinks = rows<{ action_id: number; persona_id: number }>(db, 'SELECT * FROM action_personas');
  const actions = rows<{
    id: number; title: string; description: string; channel_label: string; channel_name: string | null; phase_id: number | null;
    owner_kind: SnapshotAction['ownerKind']; owner_name: string; provider: string | null; start_date: string | null; end_date: string | null;
    is_milestone: number; budget_planned_cents: number; budget_actual_cents: number; status: ActionStatus; priority: Priority;
    kpi_label: string; kpi_target: number | null; kpi_actual: number | null;
  }>(
    db,
    `SELECT a.*, c.name AS channel_name, p.company AS provider
       FROM actions a
       LEFT JOIN audit_channels c ON c.id = a.channel_id
       LEFT JOIN providers p ON p.id = a.provider_id
       LEFT JOIN phases ph ON ph.id = a.phase_id
      ORDER BY ph.position, a.start_date, a.position, a.id`,
  );
  return {
    phases: rows<{ id: number; name: string; start_date: string | null; end_date: string | null }>(
      db, 'SELECT * FROM phases ORDER BY position, id').map((p) => ({ id: p.id, name: p.name, startDate: p.start_date, endDate: p.end_date })),
    providers: rows<PlanPart['providers'][number] & { contact_name: string }>(db, 'SELECT * FROM providers ORDER BY company, id').map((p) => ({
      id: p.id, company: p.company, contactName: p.contact_name, email: p.email, phone: p.phone, website: p.website, skills: p.skills,
    })),
    actions: actions.map((a) => ({
      id: a.id, title: a.title, description: a.description, channel: a.channel_label || a.channel_name || '',
      phaseId: a.phase_id, ownerKind: a.owner_kind, ownerName: a.owner_name, provider: a.provider ?? '',
      startDate: a.start_date, endDate: a.end_date, isMilestone: bool(a.is_milestone),
      budgetPlannedCents: a.budget_planned_cents, budgetActualCents: a.budget_actual_cents,
      status: a.status, priority: a.priority, kpiLabel: a.kpi_label, kpiTarget: a.kpi_target, kpiActual: a.kpi_actual,
      objectiveIds: links.filter((l) => l.action_id === a.id).map((l) => l.objective_id),
      personaIds: personaLinks.filter((l) => l.action_id === a.id).map((l) => l.persona_id),
    })),
    quotes: rows<{ id: number; action_id: number; company: string; amount_cents: number; received_on: string | null; valid_until: string | null; is_selected: number; notes: string }>(
      db, 'SELECT q.*, p.company FROM quotes q JOIN providers p ON p.id = q.provider_id ORDER BY q.action_id, q.amount_cents',
    ).map((q) => ({
      id: q.id, actionId: q.action_id, provider: q.company, amountCents: q.amount_cents, receivedOn: q.received_on,
      validUntil: q.valid_until, isSelected: bool(q.is_selected), notes: q.notes,
    })),
    approvals: rows<{ status: PlanPart['approvals'][number]['status']; submitted_on: string | null; decided_by: string; decided_on: string | null; comment: string }>(
      db, 'SELECT * FROM plan_approvals ORDER BY created_at, id',
    ).map((a) => ({ status: a.status, submittedOn: a.submitted_on, decidedBy: a.decided_by, decidedOn: a.decided_on, comment: a.comment })),
    risks: rows<PlanPart['risks'][number]>(db, 'SELECT id, title, description, probability, impact, mitigation, owner, status FROM risks ORDER BY position, id'),
  };
}
