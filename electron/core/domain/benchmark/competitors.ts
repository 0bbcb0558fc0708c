import type Database from 'better-sqlite3';
import { AppError } from '../../../../src/shared/errors';
import { ADVISED_MAX_COMPETITORS, type Competitor, type CompetitorSaved } from '../../../../src/shared/model/benchmark';
import { sql } from '../../store/statements';
import { dropImageIfUnused } from '../images/imageStore';
import { updateColumns } from '../patch';
import { moveByOne, nextPosition } from '../positions';

interface Row { id: number; name: string; website: string; positioning: string; notes: string; logo_image_id: number | null }

const toCompetitor = (r: Row): Competitor => ({ id: r.id, name: r.name, website: r.website, positioning: r.positioning, notes: r.notes, logoImageId: r.logo_image_id });

export function listCompetitors(db: Database.Database): Competitor[] {
  return sql<[], Row>(db, 'SELECT * FROM competitors ORDER BY position, id').all().map(toCompetitor);
}

export function getCompetitor(db: Database.Database, id: number): Competitor {
  const row = sql<[number], Row>(db, 'SELECT * FROM competitors WHERE id = ?').get(id);
  if (!row) throw new AppError('NOT_FOUND', { what: `competitor ${id}` });
  return toCompetitor(row);
}

/** The method advises 4 to 5 companies: a sixth is accepted and flagged, never refused. */
function saved(db: Database.Database, id: number): CompetitorSaved {
  const count = sql<[], number>(db, 'SELECT count(*) FROM competitors').pluck().get() ?? 0;
  return { competitor: getCompetitor(db, id), count, aboveAdvised: count > ADVISED_MAX_COMPETITORS };
}

export interface CompetitorFields {
  name: string;
  website: string;
  positioning: string;
  notes: string;
}

const COLUMNS: Record<keyof CompetitorFields, string> = { name: 'name', website: 'website', positioning: 'positioning', notes: 'notes' };

export function createCompetitor(db: Database.Database, fields: Partial<CompetitorFields> & { name: string }, now: number): CompetitorSaved {
  const id = Number(sql(db, 'INSERT INTO competitors (name, position, created_at) VALUES (?, ?, ?)').run(fields.name, nextPosition(db, 'competitors'), now).lastInsertRowid);
  updateColumns(db, 'competitors', COLUMNS, fields, { id });
  return saved(db, id);
}

export function updateCompetitor(db: Database.Database, id: number, patch: Partial<CompetitorFields>): CompetitorSaved {
  getCompetitor(db, id);
  updateColumns(db, 'competitors', COLUMNS, patch, { id });
  return saved(db, id);
}

export function deleteCompetitor(db: Database.Database, id: number): boolean {
  const logo = getCompetitor(db, id).logoImageId;
  const deleted = sql(db, 'DELETE FROM competitors WHERE id = ?').run(id).changes > 0;
  if (logo !== null) dropImageIfUnused(db, logo);
  return deleted;
}

export function moveCompetitor(db: Database.Database, id: number, step: -1 | 1): Competitor[] {
  getCompetitor(db, id);
  moveByOne(db, 'competitors', id, step);
  return listCompetitors(db);
}

/** Sets or clears the logo (the image is stored by the caller, in the same transaction). */
export function setCompetitorLogo(db: Database.Database, id: number, imageId: number | null): CompetitorSaved {
  const previous = getCompetitor(db, id).logoImageId;
  sql(db, 'UPDATE competitors SET logo_image_id = ? WHERE id = ?').run(imageId, id);
  if (previous !== null && previous !== imageId) dropImageIfUnused(db, previous);
  return saved(db, id);
}
