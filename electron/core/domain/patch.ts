import type Database from 'better-sqlite3';
import { sql } from '../store/statements';

/**
 * Applies a partial update: API field names are mapped to columns through an
 * explicit table (so no field name ever reaches the SQL text unchecked), booleans
 * become 0/1, undefined fields are left alone. Returns the number of rows changed.
 */
export function updateColumns(
  db: Database.Database,
  table: string,
  columns: Readonly<Record<string, string>>,
  patch: Readonly<Record<string, unknown>>,
  where: { id: number },
  extraAssignments = '',
): number {
  const entries = Object.entries(patch).filter(([key, value]) => value !== undefined && Object.hasOwn(columns, key));
  if (entries.length === 0 && !extraAssignments) return 0;
  const assignments = entries.map(([key]) => `${columns[key]} = @${key}`);
  if (extraAssignments) assignments.push(extraAssignments);
  const values = Object.fromEntries(entries.map(([key, value]) => [key, typeof value === 'boolean' ? Number(value) : value]));
  // The statement text depends only on which fields are set, so the statement cache stays small.
  return sql(db, `UPDATE ${table} SET ${assignments.join(', ')} WHERE id = @id`).run({ ...values, ...where }).changes;
}
