/**
 * SQL that keeps the FTS5 `search_index` in step with a table: one row per
 * searchable item, written by triggers on insert, update and delete. Shared by
 * the migrations that index tables (0002, 0003); the text each produces is part
 * of a released migration, so changing it changes nothing already migrated and
 * must stay byte-for-byte what those migrations ran.
 */
export interface IndexedTable {
  table: string;
  kind: string;
  /** The kind's number in the rowid (kind × 2^40 + id): triggers update by key, not by scan. */
  code: number;
  title: string[];
  body: string[];
  /** A column that hides the row from search when set (soft-deleted notes). */
  hiddenWhenSet?: string;
}

export const SEARCH_ROWID_STRIDE = 2 ** 40;

const rowid = (item: IndexedTable, alias: string) => `${item.code} * ${SEARCH_ROWID_STRIDE} + ${alias}.id`;
const joined = (columns: string[], alias: string) =>
  columns.length ? columns.map((column) => `${alias}.${column}`).join(" || ' ' || ") : "''";

/** `INSERT … SELECT` (no FROM in triggers) so the visibility filter can apply. */
export function insertSearchRow(item: IndexedTable, alias: string, from = ''): string {
  const where = item.hiddenWhenSet ? ` WHERE ${alias}.${item.hiddenWhenSet} IS NULL` : '';
  return `INSERT INTO search_index (rowid, kind, item_id, title, body)
    SELECT ${rowid(item, alias)}, '${item.kind}', ${alias}.id, ${joined(item.title, alias)}, ${joined(item.body, alias)}${from}${where};`;
}

export function searchTriggers(item: IndexedTable): string {
  return `
CREATE TRIGGER ${item.table}_search_insert AFTER INSERT ON ${item.table} BEGIN
  ${insertSearchRow(item, 'NEW')}
END;
CREATE TRIGGER ${item.table}_search_update AFTER UPDATE ON ${item.table} BEGIN
  DELETE FROM search_index WHERE rowid = ${rowid(item, 'OLD')};
  ${insertSearchRow(item, 'NEW')}
END;
CREATE TRIGGER ${item.table}_search_delete AFTER DELETE ON ${item.table} BEGIN
  DELETE FROM search_index WHERE rowid = ${rowid(item, 'OLD')};
END;`;
}

/** Adds a table to the index: its triggers, then the rows it already holds. */
export function indexTable(db: { exec(sql: string): unknown }, item: IndexedTable): void {
  db.exec(searchTriggers(item));
  db.exec(insertSearchRow(item, 't', ` FROM ${item.table} AS t`));
}
