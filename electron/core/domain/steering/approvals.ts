import type Database from 'better-sqlite3';
import { AppError } from '../../../../src/shared/errors';
import type { PlanAction } from '../../../../src/shared/model/plan';
import type { ApprovalStatus, PlanApproval, PlanSnapshot } from '../../../../src/shared/model/steering';
import { sql } from '../../store/statements';

interface ApprovalRow {
  id: number;
  status: ApprovalStatus;
  submitted_on: string | null;
  decided_by: string;
  decided_on: string | null;
  comment: string;
  snapshot_json: string | null;
  created_at: number;
}
const toApproval = (r: ApprovalRow): PlanApproval => ({
  id: r.id, status: r.status, submittedOn: r.submitted_on, decidedBy: r.decided_by, decidedOn: r.decided_on, comment: r.comment,
  hasSnapshot: r.snapshot_json !== null, createdAt: r.created_at,
});

/** The plan as the client's management sees it when it is submitted; frozen with the approval. */
export function snapshotPlan(actions: PlanAction[]): PlanSnapshot {
  const live = actions.filter((a) => a.status !== 'dropped');
  return {
    format: 1,
    actions: live.map((a) => ({ id: a.id, title: a.title, phaseName: a.phaseName, startDate: a.startDate, endDate: a.endDate, budgetPlannedCents: a.budgetPlannedCents, status: a.status })),
    plannedCents: live.reduce((sum, a) => sum + a.budgetPlannedCents, 0),
  };
}

/** Every submission, newest first. */
export function listApprovals(db: Database.Database): PlanApproval[] {
  return sql<[], ApprovalRow>(db, 'SELECT * FROM plan_approvals ORDER BY created_at DESC, id DESC').all().map(toApproval);
}

export function submitPlan(db: Database.Database, submittedOn: string, snapshot: PlanSnapshot, now: number): PlanApproval {
  const id = Number(
    sql(db, `INSERT INTO plan_approvals (status, submitted_on, snapshot_json, created_at) VALUES ('submitted', ?, ?, ?)`).run(submittedOn, JSON.stringify(snapshot), now)
      .lastInsertRowid,
  );
  return toApproval(sql<[number], ApprovalRow>(db, 'SELECT * FROM plan_approvals WHERE id = ?').get(id)!);
}

/**
 * Records management's decision (approved, changes requested with what to change,
 * rejected), who and when. The snapshot taken at submission stays as it was: the
 * decision is about what was submitted, not about later edits.
 */
export function recordDecision(
  db: Database.Database,
  id: number,
  decision: { status: Exclude<ApprovalStatus, 'submitted'>; decidedBy: string; decidedOn: string; comment: string },
  fallbackSnapshot: PlanSnapshot,
): PlanApproval {
  const row = sql<[number], ApprovalRow>(db, 'SELECT * FROM plan_approvals WHERE id = ?').get(id);
  if (!row) throw new AppError('NOT_FOUND', { what: `approval ${id}` });
  sql(db, 'UPDATE plan_approvals SET status = ?, decided_by = ?, decided_on = ?, comment = ?, snapshot_json = coalesce(snapshot_json, ?) WHERE id = ?').run(
    decision.status, decision.decidedBy, decision.decidedOn, decision.comment, JSON.stringify(fallbackSnapshot), id,
  );
  return toApproval(sql<[number], ApprovalRow>(db, 'SELECT * FROM plan_approvals WHERE id = ?').get(id)!);
}

/** The latest approved plan and its snapshot (null when it has no detailed one, as in older files). */
export function latestApproved(db: Database.Database): { approval: PlanApproval; snapshot: PlanSnapshot | null } | null {
  const row = sql<[], ApprovalRow>(db, `SELECT * FROM plan_approvals WHERE status = 'approved' ORDER BY decided_on DESC, created_at DESC, id DESC LIMIT 1`).get();
  if (!row) return null;
  let snapshot: PlanSnapshot | null = null;
  try {
    const parsed = JSON.parse(row.snapshot_json ?? 'null') as Partial<PlanSnapshot> | null;
    if (parsed?.format === 1 && Array.isArray(parsed.actions)) snapshot = parsed as PlanSnapshot;
  } catch {
    snapshot = null;
  }
  return { approval: toApproval(row), snapshot };
}
