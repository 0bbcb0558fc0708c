import type Database from 'better-sqlite3';

type Cell = string | number | boolean | null | Buffer;
export type DemoRow = Record<string, Cell>;

/**
 * Plain SQL inserts with named parameters, one statement per column set. The
 * demo writes through SQL because the editors' domain modules come later; each
 * part can switch to its domain's create functions once they exist.
 */
export function insertRows(db: Database.Database, table: string, rows: readonly DemoRow[]): void {
  const statements = new Map<string, Database.Statement>();
  for (const row of rows) {
    const columns = Object.keys(row);
    const key = columns.join(',');
    let statement = statements.get(key);
    if (!statement) {
      statement = db.prepare(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
      );
      statements.set(key, statement);
    }
    const params: Record<string, string | number | null | Buffer> = {};
    for (const [column, value] of Object.entries(row))
      params[column] = typeof value === 'boolean' ? (value ? 1 : 0) : value;
    statement.run(params);
  }
}
