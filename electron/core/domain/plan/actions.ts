import type Database from 'better-sqlite3';
import { AppError } from '../../../../src/shared/errors';
import type { ActionFields, ActionStatus, PlanAction } from '../../../../src/shared/model/plan';
import { sql } from '../../store/statements';
import { addLink } from '../links';
import { updateColumns } from '../patch';
import { nextPosition } from '../positions';
import { ACTION_COLUMNS, getAction } from './actionRows';

export interface ActionLinks {
  objectiveIds?: number[];
  personaIds?: number[];
  dependsOnIds?: number[];
}

/** Where the action came from (an audit recommendation, an interview note): the link is kept for traceability. */
export interface ActionSource {
  kind: 'recommendation' | 'note' | 'finding' | 'objective' | 'action' | 'risk';
  id: number;
}

function checkDates(fields: { startDate?: string | null; endDate?: string | null }) {
  if (fields.startDate && fields.endDate && fields.startDate > fields.endDate) {
    throw new AppError('INVALID_PAYLOAD', { field: 'endDate', reason: 'la fin précède le début', issue: 'custom' });
  }
}

function nextKanbanPosition(db: Database.Database, status: ActionStatus): number {
  return (
    sql<[string], number>(db, 'SELECT coalesce(max(kanban_position), 0) + 1 FROM actions WHERE status = ?')
      .pluck()
      .get(status) ?? 1
  );
}

/**
 * A rowid table without AUTOINCREMENT reuses the id of a deleted last row; approval
 * snapshots name actions by id, so the highest id ever given is kept in `meta`.
 * Every insert into `actions` takes its id from here.
 */
export function newActionId(db: Database.Database): number {
  const last = Number(sql<[], string>(db, `SELECT value FROM meta WHERE key = 'plan.lastActionId'`).pluck().get() ?? 0);
  const max = sql<[], number>(db, 'SELECT coalesce(max(id), 0) FROM actions').pluck().get() ?? 0;
  const id = Math.max(last, max) + 1;
  sql(
    db,
    `INSERT INTO meta (key, value) VALUES ('plan.lastActionId', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  ).run(String(id));
  return id;
}

export function createAction(
  db: Database.Database,
  input: Partial<ActionFields> & { title: string } & ActionLinks,
  source: ActionSource | null,
  now: number,
  today: string,
): PlanAction {
  const { objectiveIds, personaIds, dependsOnIds, ...fields } = input;
  checkDates(fields);
  const status = fields.status ?? 'todo';
  const id = newActionId(db);
  sql(
    db,
    'INSERT INTO actions (id, title, position, kanban_position, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(id, fields.title, nextPosition(db, 'actions'), nextKanbanPosition(db, status), status, now, now);
  updateColumns(db, 'actions', ACTION_COLUMNS, fields, { id });
  setActionLinks(db, id, { objectiveIds, personaIds, dependsOnIds });
  if (source) addLink(db, source, { kind: 'action', id }, now);
  return getAction(db, id, today);
}

export function updateAction(
  db: Database.Database,
  id: number,
  patch: Partial<ActionFields> & ActionLinks,
  now: number,
  today: string,
): PlanAction {
  const current = getAction(db, id, today);
  const { objectiveIds, personaIds, dependsOnIds, ...fields } = patch;
  checkDates({
    startDate: fields.startDate === undefined ? current.startDate : fields.startDate,
    endDate: fields.endDate === undefined ? current.endDate : fields.endDate,
  });
  // A status change through the editor puts the card at the bottom of its new column.
  const moved: Record<string, number> = fields.status && fields.status !== current.status ? { kanban_position: nextKanbanPosition(db, fields.status) } : {};
  updateColumns(db, 'actions', ACTION_COLUMNS, fields, { id }, { ...moved, updated_at: now });
  setActionLinks(db, id, { objectiveIds, personaIds, dependsOnIds });
  return getAction(db, id, today);
}

export function deleteAction(db: Database.Database, id: number): boolean {
  return sql(db, 'DELETE FROM actions WHERE id = ?').run(id).changes > 0;
}

function replaceIds(db: Database.Database, table: string, column: string, id: number, ids: number[] | undefined) {
  if (ids === undefined) return;
  sql(db, `DELETE FROM ${table} WHERE action_id = ?`).run(id);
  for (const other of new Set(ids)) sql(db, `INSERT INTO ${table} (action_id, ${column}) VALUES (?, ?)`).run(id, other);
}

/** Replaces the lists given (undefined lists are left alone); dependencies refuse a cycle. */
export function setActionLinks(db: Database.Database, id: number, links: ActionLinks): void {
  try {
    replaceIds(db, 'action_objectives', 'objective_id', id, links.objectiveIds);
    replaceIds(db, 'action_personas', 'persona_id', id, links.personaIds);
  } catch (error) {
    if (error instanceof Error && /FOREIGN KEY/.test(error.message))
      throw new AppError('NOT_FOUND', { what: 'objective or persona' });
    throw error;
  }
  if (links.dependsOnIds !== undefined) {
    for (const prerequisite of links.dependsOnIds) {
      if (prerequisite === id || reaches(db, prerequisite, id)) {
        // `prerequisite` names the action that would close the loop, so the editor can say which.
        const title = sql<[number], string>(db, 'SELECT title FROM actions WHERE id = ?').pluck().get(prerequisite) ?? '';
        throw new AppError('INVALID_PAYLOAD', {
          field: 'dependsOnIds',
          reason: 'dépendance circulaire',
          issue: 'custom',
          cycle: 1,
          prerequisite: title,
        });
      }
    }
    try {
      replaceIds(db, 'action_dependencies', 'depends_on_id', id, links.dependsOnIds);
    } catch (error) {
      if (error instanceof Error && /FOREIGN KEY/.test(error.message))
        throw new AppError('NOT_FOUND', { what: 'action' });
      throw error;
    }
  }
}

/** True when `from` already depends, directly or not, on `target` (so target → from would close a loop). */
function reaches(db: Database.Database, from: number, target: number): boolean {
  return (
    sql<[number, number], number>(
      db,
      `WITH RECURSIVE up(id) AS (SELECT ? UNION SELECT d.depends_on_id FROM action_dependencies d JOIN up ON d.action_id = up.id)
       SELECT count(*) FROM up WHERE id = ?`,
    )
      .pluck()
      .get(from, target) === 1
  );
}

/**
 * Kanban move (drag-and-drop or keyboard): into `status`, just after `afterId`
 * (top of the column when null). The card takes the midpoint between its new
 * neighbours, so one row changes whatever the column's length.
 */
export function moveAction(
  db: Database.Database,
  id: number,
  status: ActionStatus,
  afterId: number | null,
  now: number,
  today: string,
): PlanAction {
  getAction(db, id, today);
  const column = sql<[string, number], { id: number; kanban_position: number }>(
    db,
    'SELECT id, kanban_position FROM actions WHERE status = ? AND id <> ? ORDER BY kanban_position, id',
  ).all(status, id);
  const index = afterId === null ? 0 : column.findIndex((c) => c.id === afterId) + 1;
  if (afterId !== null && index === 0) throw new AppError('NOT_FOUND', { what: `action ${afterId}` });
  const before = column[index - 1]?.kanban_position;
  const after = column[index]?.kanban_position;
  const position =
    before === undefined
      ? after === undefined
        ? 1
        : after - 1
      : after === undefined
        ? before + 1
        : (before + after) / 2;
  sql(db, 'UPDATE actions SET status = ?, kanban_position = ?, updated_at = ? WHERE id = ?').run(
    status,
    position,
    now,
    id,
  );
  return getAction(db, id, today);
}
