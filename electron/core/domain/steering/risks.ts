import type Database from 'better-sqlite3';
import { AppError } from '../../../../src/shared/errors';
import type { Risk, RiskFields } from '../../../../src/shared/model/steering';
import { sql } from '../../store/statements';
import { updateColumns } from '../patch';
import { nextPosition } from '../positions';

const COLUMNS: Record<keyof RiskFields, string> = {
  title: 'title', description: 'description', probability: 'probability', impact: 'impact', mitigation: 'mitigation', owner: 'owner', status: 'status',
};

type RiskRow = RiskFields & { id: number; position: number };
const SELECT = 'SELECT id, title, description, probability, impact, mitigation, owner, status, position FROM risks';
const toRisk = (r: RiskRow): Risk => ({ ...r, score: r.probability * r.impact });

/** The risk register, most critical (probability × impact) first. */
export function listRisks(db: Database.Database): Risk[] {
  return sql<[], RiskRow>(db, `${SELECT} ORDER BY probability * impact DESC, position, id`).all().map(toRisk);
}

function getRisk(db: Database.Database, id: number): Risk {
  const row = sql<[number], RiskRow>(db, `${SELECT} WHERE id = ?`).get(id);
  if (!row) throw new AppError('NOT_FOUND', { what: `risk ${id}` });
  return toRisk(row);
}

export function createRisk(db: Database.Database, fields: Partial<RiskFields> & { title: string }, now: number): Risk {
  const id = Number(sql(db, 'INSERT INTO risks (title, position, created_at, updated_at) VALUES (?, ?, ?, ?)').run(fields.title, nextPosition(db, 'risks'), now, now).lastInsertRowid);
  updateColumns(db, 'risks', COLUMNS, fields, { id });
  return getRisk(db, id);
}

export function updateRisk(db: Database.Database, id: number, patch: Partial<RiskFields>, now: number): Risk {
  getRisk(db, id);
  updateColumns(db, 'risks', COLUMNS, patch, { id }, { updated_at: now });
  return getRisk(db, id);
}

export function deleteRisk(db: Database.Database, id: number): boolean {
  return sql(db, 'DELETE FROM risks WHERE id = ?').run(id).changes > 0;
}
