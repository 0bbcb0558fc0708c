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
  /** Columns the code sets along with the patch (`updated_at`, a new position), by column name. */
  also: Readonly<Record<string, number>> = {},
): number {
  const entries = Object.entries(patch).filter(([key, value]) => value !== undefined && Object.hasOwn(columns, key));
  const extra = Object.entries(also);
  if (entries.length === 0 && extra.length === 0) return 0;
  const assignments = [...entries.map(([key]) => `${columns[key]} = @${key}`), ...extra.map(([column]) => `${column} = @set_${column}`)];
  const values = Object.fromEntries([
    ...entries.map(([key, value]) => [key, typeof value === 'boolean' ? Number(value) : value]),
    ...extra.map(([column, value]) => [`set_${column}`, value]),
  ]);
  // The statement text depends only on which fields are set (values are always bound, timestamps
  // included), so each shape is compiled once and the statement cache stays small.
  return sql(db, `UPDATE ${table} SET ${assignments.join(', ')} WHERE id = @id`).run({ ...values, ...where }).changes;
}
