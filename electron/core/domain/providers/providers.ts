import type Database from 'better-sqlite3';
import { AppError } from '../../../../src/shared/errors';
import type { Provider } from '../../../../src/shared/model/steering';
import { sql } from '../../store/statements';
import { updateColumns } from '../patch';

export type ProviderFields = Omit<Provider, 'id'>;
const COLUMNS: Record<keyof ProviderFields, string> = {
  company: 'company',
  contactName: 'contact_name',
  email: 'email',
  phone: 'phone',
  website: 'website',
  skills: 'skills',
  notes: 'notes',
};

interface ProviderRow {
  id: number;
  company: string;
  contact_name: string;
  email: string;
  phone: string;
  website: string;
  skills: string;
  notes: string;
}
const toProvider = (r: ProviderRow): Provider => ({
  id: r.id, company: r.company, contactName: r.contact_name, email: r.email, phone: r.phone, website: r.website, skills: r.skills, notes: r.notes,
});

/** Prestataires, by company name. */
export function listProviders(db: Database.Database): Provider[] {
  return sql<[], ProviderRow>(db, 'SELECT * FROM providers ORDER BY company COLLATE NOCASE, id').all().map(toProvider);
}

export function getProvider(db: Database.Database, id: number): Provider {
  const row = sql<[number], ProviderRow>(db, 'SELECT * FROM providers WHERE id = ?').get(id);
  if (!row) throw new AppError('NOT_FOUND', { what: `provider ${id}` });
  return toProvider(row);
}

export function createProvider(db: Database.Database, fields: Partial<ProviderFields> & { company: string }, now: number): Provider {
  const id = Number(sql(db, 'INSERT INTO providers (company, created_at) VALUES (?, ?)').run(fields.company, now).lastInsertRowid);
  updateColumns(db, 'providers', COLUMNS, fields, { id });
  return getProvider(db, id);
}

export function updateProvider(db: Database.Database, id: number, patch: Partial<ProviderFields>): Provider {
  getProvider(db, id);
  updateColumns(db, 'providers', COLUMNS, patch, { id });
  return getProvider(db, id);
}

/**
 * The rule: a provider still carrying actions is not deleted (the consultant gives
 * those actions to someone else first, so no action silently loses its owner);
 * otherwise its quotes go with it (ON DELETE CASCADE).
 */
export function deleteProvider(db: Database.Database, id: number): boolean {
  const carried = sql<[number], number>(db, 'SELECT count(*) FROM actions WHERE provider_id = ?').pluck().get(id) ?? 0;
  if (carried > 0) {
    throw new AppError('INVALID_PAYLOAD', { field: 'id', reason: `ce prestataire porte encore ${carried} action(s)`, issue: 'custom', carriedActions: carried });
  }
  return sql(db, 'DELETE FROM providers WHERE id = ?').run(id).changes > 0;
}
