import type Database from 'better-sqlite3';
import { AppError } from '../../../../src/shared/errors';
import type { SwotItem, SwotQuadrant } from '../../../../src/shared/model/audit';
import { sql } from '../../store/statements';
import { updateColumns } from '../patch';
import { nextPosition } from '../positions';

interface SwotRow { id: number; quadrant: SwotQuadrant; text: string; origin: 'audit' | 'manual'; finding_id: number | null; hidden: number }

const toItem = (r: SwotRow): SwotItem => ({ id: r.id, quadrant: r.quadrant, text: r.text, origin: r.origin, findingId: r.finding_id, hidden: r.hidden === 1 });

/** Forces and faiblesses come from the audit's findings (see findings.ts); opportunités and menaces are typed. */
export function listSwot(db: Database.Database): SwotItem[] {
  return sql<[], SwotRow>(
    db,
    `SELECT * FROM swot_items ORDER BY CASE quadrant WHEN 'strength' THEN 1 WHEN 'weakness' THEN 2 WHEN 'opportunity' THEN 3 ELSE 4 END, position, id`,
  )
    .all()
    .map(toItem);
}

export function addSwotItem(db: Database.Database, quadrant: SwotQuadrant, text: string): SwotItem[] {
  sql(db, `INSERT INTO swot_items (quadrant, text, origin, position) VALUES (?, ?, 'manual', ?)`).run(quadrant, text, nextPosition(db, 'swot_items', quadrant));
  return listSwot(db);
}

export function updateSwotItem(db: Database.Database, id: number, patch: { text?: string; hidden?: boolean }): SwotItem[] {
  if (updateColumns(db, 'swot_items', { text: 'text', hidden: 'hidden' }, patch, { id }) === 0 && !sql(db, 'SELECT 1 FROM swot_items WHERE id = ?').get(id)) {
    throw new AppError('NOT_FOUND', { what: `swot item ${id}` });
  }
  return listSwot(db);
}

/** A line generated from a finding is hidden rather than deleted: it would come back with the finding otherwise. */
export function deleteSwotItem(db: Database.Database, id: number): SwotItem[] {
  const row = sql<[number], SwotRow>(db, 'SELECT * FROM swot_items WHERE id = ?').get(id);
  if (!row) throw new AppError('NOT_FOUND', { what: `swot item ${id}` });
  if (row.origin === 'audit' && row.finding_id !== null) sql(db, 'UPDATE swot_items SET hidden = 1 WHERE id = ?').run(id);
  else sql(db, 'DELETE FROM swot_items WHERE id = ?').run(id);
  return listSwot(db);
}
