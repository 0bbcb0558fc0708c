import type Database from 'better-sqlite3';
import { AppError } from '../../../../src/shared/errors';
import type { Phase } from '../../../../src/shared/model/plan';
import { sql } from '../../store/statements';
import { updateColumns } from '../patch';
import { nextPosition } from '../positions';

type PhaseFields = Pick<Phase, 'name' | 'startDate' | 'endDate'>;
const COLUMNS: Record<keyof PhaseFields, string> = { name: 'name', startDate: 'start_date', endDate: 'end_date' };

interface PhaseRow {
  id: number;
  name: string;
  position: number;
  start_date: string | null;
  end_date: string | null;
}
const toPhase = (r: PhaseRow): Phase => ({ id: r.id, name: r.name, position: r.position, startDate: r.start_date, endDate: r.end_date });

/** Phases (lots) in order; actions are grouped under them in the timeline and the budget. */
export function listPhases(db: Database.Database): Phase[] {
  return sql<[], PhaseRow>(db, 'SELECT * FROM phases ORDER BY position, id').all().map(toPhase);
}

export function createPhase(db: Database.Database, fields: Partial<PhaseFields> & { name: string }): Phase {
  const id = Number(sql(db, 'INSERT INTO phases (name, position) VALUES (?, ?)').run(fields.name, nextPosition(db, 'phases')).lastInsertRowid);
  updateColumns(db, 'phases', COLUMNS, fields, { id });
  return getPhase(db, id);
}

export function updatePhase(db: Database.Database, id: number, patch: Partial<PhaseFields>): Phase {
  getPhase(db, id);
  updateColumns(db, 'phases', COLUMNS, patch, { id });
  return getPhase(db, id);
}

export function deletePhase(db: Database.Database, id: number): boolean {
  return sql(db, 'DELETE FROM phases WHERE id = ?').run(id).changes > 0;
}

function getPhase(db: Database.Database, id: number): Phase {
  const row = sql<[number], PhaseRow>(db, 'SELECT * FROM phases WHERE id = ?').get(id);
  if (!row) throw new AppError('NOT_FOUND', { what: `phase ${id}` });
  return toPhase(row);
}
