import Database from 'better-sqlite3';
import { migrate } from '../store/migrate';

export type ColumnType = 'INTEGER' | 'REAL' | 'TEXT' | 'BLOB' | 'ANY';

export interface ColumnShape {
  name: string;
  type: ColumnType;
  notNull: boolean;
  hasDefault: boolean;
  /** 1-based position in the primary key, 0 when not part of it. */
  pk: number;
}

export interface ForeignKeyShape {
  column: string;
  parentTable: string;
  parentColumn: string;
}

export interface TableShape {
  name: string;
  columns: ColumnShape[];
  foreignKeys: ForeignKeyShape[];
  /** Primary key columns in key order: the export's row order. */
  primaryKey: string[];
}

/**
 * Tables that are not the user's data: SQLite's own, and the FTS5 search index
 * with its shadow tables, which triggers rebuild from the rows themselves.
 */
export function isUserTable(name: string): boolean {
  return !name.startsWith('sqlite_') && !name.startsWith('search_index');
}

interface TableInfoRow {
  name: string;
  type: string;
  notnull: number;
  dflt_value: unknown;
  pk: number;
}

interface ForeignKeyRow {
  table: string;
  from: string;
  to: string | null;
}

/** Every user table of `db`, parents before children (foreign keys), then by name. */
export function readTableShapes(db: Database.Database): TableShape[] {
  const names = (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]
  )
    .map((row) => row.name)
    .filter(isUserTable);
  const shapes = names.map((name): TableShape => {
    const columns = (db.pragma(`table_info(${quoteIdentifier(name)})`) as TableInfoRow[]).map((column) => ({
      name: column.name,
      type: normaliseType(column.type),
      notNull: column.notnull === 1,
      hasDefault: column.dflt_value !== null,
      pk: column.pk,
    }));
    const foreignKeys = (db.pragma(`foreign_key_list(${quoteIdentifier(name)})`) as ForeignKeyRow[]).map((fk) => ({
      column: fk.from,
      parentTable: fk.table,
      parentColumn: fk.to ?? 'rowid',
    }));
    const primaryKey = columns
      .filter((column) => column.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((column) => column.name);
    return { name, columns, foreignKeys, primaryKey };
  });
  return sortParentsFirst(shapes);
}

/** The tables of a fresh file at `version`: what an import at that version must match. */
export function tableShapesAtVersion(version: number): TableShape[] {
  const db = new Database(':memory:');
  try {
    migrate(db, version);
    return readTableShapes(db);
  } finally {
    db.close();
  }
}

function normaliseType(declared: string): ColumnType {
  const type = declared.toUpperCase();
  if (type === 'INTEGER' || type === 'INT') return 'INTEGER';
  if (type === 'REAL') return 'REAL';
  if (type === 'TEXT') return 'TEXT';
  if (type === 'BLOB') return 'BLOB';
  return 'ANY';
}

function sortParentsFirst(shapes: TableShape[]): TableShape[] {
  const byName = new Map(shapes.map((shape) => [shape.name, shape]));
  const ordered: TableShape[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (shape: TableShape) => {
    if (state.get(shape.name) === 'done') return;
    if (state.get(shape.name) === 'visiting') throw new Error(`foreign key cycle through ${shape.name}`);
    state.set(shape.name, 'visiting');
    for (const fk of shape.foreignKeys) {
      const parent = byName.get(fk.parentTable);
      if (parent && parent !== shape) visit(parent);
    }
    state.set(shape.name, 'done');
    ordered.push(shape);
  };
  for (const shape of shapes) visit(shape);
  return ordered;
}

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
