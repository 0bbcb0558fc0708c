import type Database from 'better-sqlite3';
import { readUserVersion } from '../store/migrate';
import {
  INTERCHANGE_FORMAT,
  INTERCHANGE_FORMAT_VERSION,
  type EngagementDocument,
  type JsonCell,
  type JsonRow,
} from './format';
import { quoteIdentifier, readTableShapes, type TableShape } from './tableShapes';

export interface ExportOptions {
  now?: Date;
  generator?: string;
}

/**
 * The whole engagement as one JSON document: every user table, every column as
 * the file's schema declares it, rows in primary-key order so that two exports of
 * the same data are byte-identical apart from `exportedAt`. Read-only: works on a
 * connection opened with `readonly: true`, and on files of older schema versions.
 */
export function exportEngagement(db: Database.Database, options: ExportOptions = {}): EngagementDocument {
  const tables: Record<string, JsonRow[]> = {};
  for (const shape of readTableShapes(db)) tables[shape.name] = readRows(db, shape);
  return {
    format: INTERCHANGE_FORMAT,
    formatVersion: INTERCHANGE_FORMAT_VERSION,
    schemaVersion: readUserVersion(db),
    exportedAt: (options.now ?? new Date()).toISOString(),
    ...(options.generator ? { generator: options.generator } : {}),
    tables,
  };
}

function readRows(db: Database.Database, shape: TableShape): JsonRow[] {
  const columns = shape.columns.map((column) => quoteIdentifier(column.name)).join(', ');
  const order = (shape.primaryKey.length ? shape.primaryKey : ['rowid']).map(quoteIdentifier).join(', ');
  const statement = db.prepare(`SELECT ${columns} FROM ${quoteIdentifier(shape.name)} ORDER BY ${order}`);
  const rows = statement.all() as Record<string, unknown>[];
  return rows.map((row) => {
    const out: JsonRow = {};
    for (const column of shape.columns) out[column.name] = toJsonCell(row[column.name]);
    return out;
  });
}

function toJsonCell(value: unknown): JsonCell {
  if (value === null || value === undefined) return null;
  if (Buffer.isBuffer(value)) return value.toString('base64');
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'string') return value;
  return String(value);
}

/** Stable text form: two-space indent, final newline. */
export function serialiseDocument(document: EngagementDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
