import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../src/shared/errors';
import { migrate } from '../store/migrate';
import { createBlankDatabase, publishNewFile, removeTemporary, temporaryPathBeside } from '../store/newFile';
import { SCHEMA_VERSION } from '../store/migrations';
import { toAppError } from '../store/sqliteErrors';
import type { EngagementDocument, JsonRow } from './format';
import { importError, rowPath } from './validateDocument';
import { quoteIdentifier, type TableShape } from './tableShapes';

export interface ImportResult {
  path: string;
  rows: number;
  /** Schema version of the JSON when it was older than the current one. */
  migratedFrom?: number;
}

/**
 * Builds a new `.orchestre` file from a validated document. The file is built
 * under a temporary name beside the target, at the document's schema version,
 * filled in one transaction (parents first, foreign keys on, so a bad row fails
 * on the spot and is named), migrated to the current schema, checked, and only
 * then linked to its final name, which must not exist. On any error nothing is
 * left behind.
 */
export function importEngagement(document: EngagementDocument, shapes: TableShape[], outPath: string): ImportResult {
  const absolute = path.resolve(outPath);
  const folder = path.dirname(absolute);
  const file = path.basename(absolute);
  if (fs.existsSync(absolute)) throw new AppError('FILE_EXISTS', { file });
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new AppError('FOLDER_NOT_WRITABLE', { folder }, error);
  }

  const temporary = temporaryPathBeside(absolute, 'importing');
  let rows = 0;
  try {
    const db = createBlankDatabase(temporary, document.schemaVersion);
    try {
      db.transaction(() => {
        for (const shape of shapes) rows += insertTable(db, shape, document.tables[shape.name] ?? []);
      }).immediate();
      if (document.schemaVersion < SCHEMA_VERSION) migrate(db);
      const integrity = db.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') throw new AppError('FILE_CORRUPT', { file, detail: String(integrity) });
    } finally {
      db.close();
    }
    publishNewFile(temporary, absolute);
  } catch (error) {
    throw toAppError(error, absolute);
  } finally {
    removeTemporary(temporary);
  }
  return {
    path: absolute,
    rows,
    ...(document.schemaVersion < SCHEMA_VERSION ? { migratedFrom: document.schemaVersion } : {}),
  };
}

function insertTable(db: Database.Database, shape: TableShape, rows: JsonRow[]): number {
  const statements = new Map<string, Database.Statement>();
  const blobColumns = new Set(shape.columns.filter((column) => column.type === 'BLOB').map((column) => column.name));
  const parentChecks = shape.foreignKeys.map((fk) => ({
    fk,
    statement: db.prepare(
      `SELECT 1 FROM ${quoteIdentifier(fk.parentTable)} WHERE ${quoteIdentifier(fk.parentColumn)} = ? LIMIT 1`,
    ),
  }));

  rows.forEach((row, index) => {
    for (const { fk, statement } of parentChecks) {
      const value = row[fk.column];
      if (value === null || value === undefined) continue;
      if (!statement.get(value)) {
        throw importError(
          rowPath(shape.name, index, fk.column),
          `aucune ligne de « ${fk.parentTable} » avec ${fk.parentColumn} = ${String(value)}`,
          'invalid_value',
        );
      }
    }
    const columns = Object.keys(row);
    const key = columns.join(',');
    let statement = statements.get(key);
    if (!statement) {
      statement = columns.length
        ? db.prepare(
            `INSERT INTO ${quoteIdentifier(shape.name)} (${columns.map(quoteIdentifier).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
          )
        : db.prepare(`INSERT INTO ${quoteIdentifier(shape.name)} DEFAULT VALUES`);
      statements.set(key, statement);
    }
    const values = columns.map((column) => {
      const value = row[column];
      return blobColumns.has(column) && typeof value === 'string' ? Buffer.from(value, 'base64') : value;
    });
    try {
      statement.run(...values);
    } catch (error) {
      throw constraintError(error, shape, index);
    }
  });
  return rows.length;
}

/** Turns SQLite's constraint message into a field path and a French reason. */
function constraintError(error: unknown, shape: TableShape, index: number): unknown {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code !== 'string' || !code.startsWith('SQLITE_CONSTRAINT')) {
    if (code === 'SQLITE_MISMATCH')
      return importError(rowPath(shape.name, index), 'type de valeur refusé par SQLite', 'invalid_type');
    return error;
  }
  const detail = message.replace(/^[A-Z ]+constraint failed:\s*/i, '');
  const mentioned = shape.columns
    .map((column) => column.name)
    .filter((name) =>
      new RegExp(`(^|[^\\w])${name}([^\\w]|$)`).test(detail.replace(new RegExp(`${shape.name}\\.`, 'g'), '')),
    );
  const field = rowPath(shape.name, index, mentioned.length === 1 ? mentioned[0] : undefined);
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return importError(field, `valeur en double, déjà prise par une autre ligne (${detail})`, 'invalid_value');
  }
  if (code === 'SQLITE_CONSTRAINT_CHECK')
    return importError(field, `valeur non autorisée par la contrainte « ${detail} »`, 'invalid_value');
  if (code === 'SQLITE_CONSTRAINT_NOTNULL') return importError(field, 'valeur obligatoire', 'invalid_type');
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY')
    return importError(field, 'référence à une ligne absente', 'invalid_value');
  return importError(field, detail || 'contrainte non respectée', 'custom');
}

