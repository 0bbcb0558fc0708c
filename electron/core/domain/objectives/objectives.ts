import type Database from 'better-sqlite3';
import { AppError } from '../../../../src/shared/errors';
import type { Horizon, Objective, ObjectiveFields } from '../../../../src/shared/model/objectives';
import { checkSmart, localIsoDate } from '../../../../src/shared/smartCheck';
import { sql } from '../../store/statements';
import { linksTo } from '../links';
import { updateColumns } from '../patch';

interface ObjectiveRow {
  id: number;
  horizon: Horizon;
  position: number;
  statement: string;
  specific: string;
  kpi_id: number | null;
  kpi_label: string;
  baseline: number | null;
  target: number | null;
  unit: string;
  direction: ObjectiveFields['direction'];
  achievable: string;
  realistic: string;
  deadline: string | null;
  owner: string;
  owner_stakeholder_id: number | null;
  priority: ObjectiveFields['priority'];
  status: ObjectiveFields['status'];
  created_at: number;
  updated_at: number;
}

const COLUMNS: Record<keyof ObjectiveFields, string> = {
  horizon: 'horizon',
  statement: 'statement',
  specific: 'specific',
  kpiId: 'kpi_id',
  kpiLabel: 'kpi_label',
  baseline: 'baseline',
  target: 'target',
  unit: 'unit',
  direction: 'direction',
  achievable: 'achievable',
  realistic: 'realistic',
  deadline: 'deadline',
  owner: 'owner',
  ownerStakeholderId: 'owner_stakeholder_id',
  priority: 'priority',
  status: 'status',
};

function toObjective(db: Database.Database, row: ObjectiveRow, today: string): Objective {
  const fields: ObjectiveFields = {
    horizon: row.horizon,
    statement: row.statement,
    specific: row.specific,
    kpiId: row.kpi_id,
    kpiLabel: row.kpi_label,
    baseline: row.baseline,
    target: row.target,
    unit: row.unit,
    direction: row.direction,
    achievable: row.achievable,
    realistic: row.realistic,
    deadline: row.deadline,
    owner: row.owner,
    ownerStakeholderId: row.owner_stakeholder_id,
    priority: row.priority,
    status: row.status,
  };
  return {
    id: row.id,
    position: row.position,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...fields,
    smart: checkSmart(fields, today),
    sources: linksTo(db, 'objective', row.id),
  };
}

/** Objectives by horizon (court, moyen, long terme), then by their order within it. */
export function listObjectives(db: Database.Database, now: number): Objective[] {
  const today = localIsoDate(now);
  return sql<[], ObjectiveRow>(
    db,
    `SELECT * FROM objectives ORDER BY CASE horizon WHEN 'short' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END, position, id`,
  )
    .all()
    .map((row) => toObjective(db, row, today));
}

export function getObjective(db: Database.Database, id: number, now: number): Objective {
  const row = sql<[number], ObjectiveRow>(db, 'SELECT * FROM objectives WHERE id = ?').get(id);
  if (!row) throw new AppError('NOT_FOUND', { what: `objective ${id}` });
  return toObjective(db, row, localIsoDate(now));
}

function nextPosition(db: Database.Database, horizon: Horizon): number {
  return sql<[string], number>(db, 'SELECT coalesce(max(position), 0) + 1 FROM objectives WHERE horizon = ?').pluck().get(horizon) ?? 1;
}

/** A KPI picked from the catalogue brings its unit and direction unless the caller sets them. */
function withKpiDefaults(db: Database.Database, fields: Partial<ObjectiveFields>): Partial<ObjectiveFields> {
  if (fields.kpiId == null) return fields;
  const kpi = sql<[number], { unit: string; direction: ObjectiveFields['direction'] }>(db, 'SELECT unit, direction FROM kpi_definitions WHERE id = ?').get(
    fields.kpiId,
  );
  if (!kpi) throw new AppError('NOT_FOUND', { what: `KPI ${fields.kpiId}` });
  return { unit: kpi.unit, direction: kpi.direction, ...fields };
}

export function createObjective(db: Database.Database, input: Partial<ObjectiveFields> & { statement: string }, now: number): Objective {
  const fields = withKpiDefaults(db, input);
  const horizon = fields.horizon ?? 'short';
  const id = Number(
    sql(db, 'INSERT INTO objectives (horizon, position, statement, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
      horizon,
      nextPosition(db, horizon),
      input.statement,
      now,
      now,
    ).lastInsertRowid,
  );
  updateColumns(db, 'objectives', COLUMNS, fields, { id });
  return getObjective(db, id, now);
}

export function updateObjective(db: Database.Database, id: number, patch: Partial<ObjectiveFields>, now: number): Objective {
  const current = getObjective(db, id, now);
  const fields = patch.kpiId !== undefined && patch.kpiId !== current.kpiId ? withKpiDefaults(db, patch) : patch;
  // Changing horizon through a patch puts the objective at the end of its new group.
  const moved: Record<string, number> = fields.horizon && fields.horizon !== current.horizon ? { position: nextPosition(db, fields.horizon) } : {};
  updateColumns(db, 'objectives', COLUMNS, fields, { id }, { ...moved, updated_at: now });
  return getObjective(db, id, now);
}

export function deleteObjective(db: Database.Database, id: number): boolean {
  return sql(db, 'DELETE FROM objectives WHERE id = ?').run(id).changes > 0;
}

/** Moves an objective into `horizon`, just after `afterId` (first when null). */
export function moveObjective(db: Database.Database, id: number, horizon: Horizon, afterId: number | null, now: number): Objective[] {
  getObjective(db, id, now);
  const others = sql<[string, number], number>(db, 'SELECT id FROM objectives WHERE horizon = ? AND id <> ? ORDER BY position, id')
    .pluck()
    .all(horizon, id);
  const index = afterId === null ? 0 : others.indexOf(afterId) + 1;
  if (afterId !== null && index === 0) throw new AppError('NOT_FOUND', { what: `objective ${afterId}` });
  others.splice(index, 0, id);
  // Objectives are few (a dozen): renumbering the group is simpler than midpoints and stays exact.
  others.forEach((objectiveId, i) => sql(db, 'UPDATE objectives SET horizon = ?, position = ? WHERE id = ?').run(horizon, i + 1, objectiveId));
  sql(db, 'UPDATE objectives SET updated_at = ? WHERE id = ?').run(now, id);
  return listObjectives(db, now);
}
