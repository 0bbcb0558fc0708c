import type Database from 'better-sqlite3';
import { AppError } from '../../../../src/shared/errors';
import type { ActionDetail, ActionFields, ActionWarning, PlanAction } from '../../../../src/shared/model/plan';
import { sql } from '../../store/statements';
import { linksTo } from '../links';

interface ActionRow {
  id: number;
  title: string;
  description: string;
  channel_id: number | null;
  channel_label: string;
  channel_name: string | null;
  phase_id: number | null;
  phase_name: string | null;
  owner_kind: ActionFields['ownerKind'];
  owner_name: string;
  provider_id: number | null;
  provider_name: string | null;
  start_date: string | null;
  end_date: string | null;
  is_milestone: number;
  budget_planned_cents: number;
  budget_actual_cents: number;
  status: ActionFields['status'];
  priority: ActionFields['priority'];
  kpi_label: string;
  kpi_target: number | null;
  kpi_actual: number | null;
  position: number;
  kanban_position: number;
  created_at: number;
  updated_at: number;
}

/** API field → column, for `updateColumns` (no field name reaches SQL unchecked). */
export const ACTION_COLUMNS: Record<keyof ActionFields, string> = {
  title: 'title',
  description: 'description',
  channelId: 'channel_id',
  channelLabel: 'channel_label',
  phaseId: 'phase_id',
  ownerKind: 'owner_kind',
  ownerName: 'owner_name',
  providerId: 'provider_id',
  startDate: 'start_date',
  endDate: 'end_date',
  isMilestone: 'is_milestone',
  budgetPlannedCents: 'budget_planned_cents',
  budgetActualCents: 'budget_actual_cents',
  status: 'status',
  priority: 'priority',
  kpiLabel: 'kpi_label',
  kpiTarget: 'kpi_target',
  kpiActual: 'kpi_actual',
};

const SELECT = `SELECT a.*, c.name AS channel_name, ph.name AS phase_name, p.company AS provider_name
  FROM actions a
  LEFT JOIN audit_channels c ON c.id = a.channel_id
  LEFT JOIN phases ph ON ph.id = a.phase_id
  LEFT JOIN providers p ON p.id = a.provider_id`;

const CLOSED = new Set(['done', 'dropped']);

/** Late: its end date is past and it is neither done nor dropped. */
export const isLate = (a: { endDate: string | null; status: string }, today: string) => a.endDate !== null && a.endDate < today && !CLOSED.has(a.status);

function groupIds(rows: { a: number; b: number }[]): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const { a, b } of rows) {
    const list = map.get(a);
    if (list) list.push(b);
    else map.set(a, [b]);
  }
  return map;
}

interface LinkIndex {
  objectives: Map<number, number[]>;
  personas: Map<number, number[]>;
  deps: Map<number, number[]>;
  /** Title and end of the actions others depend on. */
  ends: Map<number, { id: number; title: string; end_date: string | null }>;
}

/** Every action's links, in bulk: four queries whatever the plan's size. */
function allLinks(db: Database.Database): LinkIndex {
  return {
    objectives: groupIds(sql<[], { a: number; b: number }>(db, 'SELECT action_id AS a, objective_id AS b FROM action_objectives ORDER BY objective_id').all()),
    personas: groupIds(sql<[], { a: number; b: number }>(db, 'SELECT action_id AS a, persona_id AS b FROM action_personas ORDER BY persona_id').all()),
    deps: groupIds(sql<[], { a: number; b: number }>(db, 'SELECT action_id AS a, depends_on_id AS b FROM action_dependencies ORDER BY depends_on_id').all()),
    ends: new Map(sql<[], { id: number; title: string; end_date: string | null }>(db, 'SELECT id, title, end_date FROM actions').all().map((r) => [r.id, r])),
  };
}

/** One action's links only: a field saved on an action of a 2,000-action plan must not read the whole plan (twice). */
function linksOf(db: Database.Database, id: number): LinkIndex {
  return {
    objectives: groupIds(sql<[number], { a: number; b: number }>(db, 'SELECT action_id AS a, objective_id AS b FROM action_objectives WHERE action_id = ? ORDER BY objective_id').all(id)),
    personas: groupIds(sql<[number], { a: number; b: number }>(db, 'SELECT action_id AS a, persona_id AS b FROM action_personas WHERE action_id = ? ORDER BY persona_id').all(id)),
    deps: groupIds(sql<[number], { a: number; b: number }>(db, 'SELECT action_id AS a, depends_on_id AS b FROM action_dependencies WHERE action_id = ? ORDER BY depends_on_id').all(id)),
    ends: new Map(
      sql<[number], { id: number; title: string; end_date: string | null }>(
        db,
        'SELECT a.id, a.title, a.end_date FROM action_dependencies d JOIN actions a ON a.id = d.depends_on_id WHERE d.action_id = ?',
      )
        .all(id)
        .map((r) => [r.id, r]),
    ),
  };
}

/**
 * Every action with its links and warnings, in plan order. Four queries whatever
 * the plan's size (links are read in bulk, never per action): 2,000 actions load in a few ms.
 */
export function readActions(db: Database.Database, today: string, where = '', params: unknown[] = []): PlanAction[] {
  const rows = sql<unknown[], ActionRow>(db, `${SELECT} ${where} ORDER BY a.position, a.id`).all(...params);
  return toActions(rows, allLinks(db), today);
}

function toActions(rows: ActionRow[], { objectives, personas, deps, ends }: LinkIndex, today: string): PlanAction[] {
  return rows.map((row) => {
    const action: PlanAction = {
      id: row.id,
      title: row.title,
      description: row.description,
      channelId: row.channel_id,
      channelLabel: row.channel_label,
      channel: row.channel_label || row.channel_name || '',
      phaseId: row.phase_id,
      phaseName: row.phase_name ?? '',
      ownerKind: row.owner_kind,
      ownerName: row.owner_name,
      providerId: row.provider_id,
      providerName: row.provider_name ?? '',
      startDate: row.start_date,
      endDate: row.end_date,
      isMilestone: row.is_milestone === 1,
      budgetPlannedCents: row.budget_planned_cents,
      budgetActualCents: row.budget_actual_cents,
      status: row.status,
      priority: row.priority,
      kpiLabel: row.kpi_label,
      kpiTarget: row.kpi_target,
      kpiActual: row.kpi_actual,
      position: row.position,
      kanbanPosition: row.kanban_position,
      objectiveIds: objectives.get(row.id) ?? [],
      personaIds: personas.get(row.id) ?? [],
      dependsOnIds: deps.get(row.id) ?? [],
      late: false,
      warnings: [],
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
    action.late = isLate(action, today);
    action.warnings = warningsFor(action, ends);
    return action;
  });
}

function warningsFor(action: PlanAction, ends: Map<number, { title: string; end_date: string | null }>): ActionWarning[] {
  const warnings: ActionWarning[] = [];
  if (action.objectiveIds.length === 0 && action.status !== 'dropped') warnings.push({ code: 'no_objective' });
  for (const id of action.dependsOnIds) {
    const before = ends.get(id);
    // Finish-to-start: the action may start once its prerequisite ends (same day allowed), not before.
    if (before?.end_date && action.startDate && action.startDate < before.end_date) {
      warnings.push({ code: 'starts_before_prerequisite', prerequisiteId: id, prerequisiteTitle: before.title, prerequisiteEnd: before.end_date });
    }
  }
  if (action.late) warnings.push({ code: 'late' });
  if (action.budgetActualCents > action.budgetPlannedCents && action.budgetPlannedCents > 0) {
    warnings.push({ code: 'over_budget', overCents: action.budgetActualCents - action.budgetPlannedCents });
  }
  return warnings;
}

export function getAction(db: Database.Database, id: number, today: string): PlanAction {
  const row = sql<[number], ActionRow>(db, `${SELECT} WHERE a.id = ?`).get(id);
  if (!row) throw new AppError('NOT_FOUND', { what: `action ${id}` });
  return toActions([row], linksOf(db, id), today)[0]!;
}

export function getActionDetail(db: Database.Database, id: number, today: string): ActionDetail {
  return { ...getAction(db, id, today), sources: linksTo(db, 'action', id) };
}
