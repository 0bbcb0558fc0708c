import type Database from 'better-sqlite3';
import { AppError } from '../../../../src/shared/errors';
import type { Learning } from '../../../../src/shared/model/benchmark';
import { sql } from '../../store/statements';
import { updateColumns } from '../patch';
import { nextPosition } from '../positions';

interface Row { id: number; kind: Learning['kind']; text: string; competitor_id: number | null; fit: Learning['fit']; judgement: string }

const toLearning = (r: Row): Learning => ({ id: r.id, kind: r.kind, text: r.text, competitorId: r.competitor_id, fit: r.fit, judgement: r.judgement });

/**
 * Good practices and trends seen at competitors, each with the consultant's judgement
 * of whether it fits the client: what works for a competitor is not assumed to work here
 * (a new learning starts « à évaluer »).
 */
export function listLearnings(db: Database.Database): Learning[] {
  return sql<[], Row>(db, 'SELECT * FROM benchmark_learnings ORDER BY position, id').all().map(toLearning);
}

export type LearningFields = Omit<Learning, 'id'>;
const COLUMNS: Record<keyof LearningFields, string> = { kind: 'kind', text: 'text', competitorId: 'competitor_id', fit: 'fit', judgement: 'judgement' };

export function createLearning(db: Database.Database, fields: Partial<LearningFields> & { text: string }): Learning[] {
  const id = Number(sql(db, 'INSERT INTO benchmark_learnings (text, position) VALUES (?, ?)').run(fields.text, nextPosition(db, 'benchmark_learnings')).lastInsertRowid);
  updateColumns(db, 'benchmark_learnings', COLUMNS, fields, { id });
  return listLearnings(db);
}

export function updateLearning(db: Database.Database, id: number, patch: Partial<LearningFields>): Learning[] {
  if (!sql(db, 'SELECT 1 FROM benchmark_learnings WHERE id = ?').get(id)) throw new AppError('NOT_FOUND', { what: `learning ${id}` });
  updateColumns(db, 'benchmark_learnings', COLUMNS, patch, { id });
  return listLearnings(db);
}

export function deleteLearning(db: Database.Database, id: number): Learning[] {
  sql(db, 'DELETE FROM benchmark_learnings WHERE id = ?').run(id);
  return listLearnings(db);
}
