import crypto from 'node:crypto';
import { z } from 'zod';
import { cleanText } from '../../../src/shared/cleanText';
import { parsePayload } from '../../../src/shared/contract/validate';
import { AppError } from '../../../src/shared/errors';
import { SCHEMA_VERSION } from '../store/migrations';
import {
  INTERCHANGE_FORMAT,
  INTERCHANGE_FORMAT_VERSION,
  type EngagementDocument,
  type JsonCell,
  type JsonRow,
} from './format';
import { tableShapesAtVersion, type ColumnShape, type TableShape } from './tableShapes';

/** zod issue codes, so the English CLI can say what kind of problem it is. */
type Issue = 'invalid_type' | 'unrecognized_keys' | 'invalid_value' | 'too_small' | 'custom';

export function importError(field: string, reason: string, issue: Issue = 'custom'): AppError {
  return new AppError('INVALID_IMPORT', { field, reason, issue });
}

export const rowPath = (table: string, index: number, column?: string) =>
  `tables.${table}[${index}]${column === undefined ? '' : `.${column}`}`;

const envelopeSchema = z.strictObject({
  format: z.literal(INTERCHANGE_FORMAT, { error: `attendu « ${INTERCHANGE_FORMAT} »` }),
  formatVersion: z
    .number({ error: 'attendu un nombre entier' })
    .int({ error: 'attendu un nombre entier' })
    .min(1, { error: 'attendu 1 ou plus' })
    .max(INTERCHANGE_FORMAT_VERSION, {
      error: `version d’enveloppe plus récente que celle que cette version d’Orchestre lit (${INTERCHANGE_FORMAT_VERSION}) : mettez Orchestre à jour`,
    }),
  schemaVersion: z
    .number({ error: 'attendu un nombre entier' })
    .int({ error: 'attendu un nombre entier' })
    .min(1, { error: 'attendu 1 ou plus' })
    .max(SCHEMA_VERSION, {
      error: `schéma plus récent que celui que cette version d’Orchestre lit (${SCHEMA_VERSION}) : mettez Orchestre à jour`,
    }),
  exportedAt: z.string({ error: 'attendu une date ISO 8601' }),
  generator: z.string({ error: 'attendu du texte' }).optional(),
  tables: z.record(z.string(), z.unknown(), { error: 'attendu un objet { table: [lignes] }' }),
});

export interface ValidatedImport {
  document: EngagementDocument;
  /** Tables of the document's schema version, parents first: the insertion order. */
  shapes: TableShape[];
}

/**
 * Checks a parsed JSON value against the interchange envelope, then every row
 * against the tables of a fresh file at the document's `schemaVersion` (read with
 * `PRAGMA table_info`, so a new migration needs no change here): known tables and
 * columns only, the column's storage type, NOT NULL. The first problem is thrown
 * as INVALID_IMPORT naming the field (`tables.notes[12].body`). Constraints that
 * only SQLite can judge (CHECK, UNIQUE) are reported per row during the insert.
 */
export function validateDocument(value: unknown): ValidatedImport {
  const envelope = parsePayload(envelopeSchema, value, 'INVALID_IMPORT');
  const shapes = tableShapesAtVersion(envelope.schemaVersion);
  const byName = new Map(shapes.map((shape) => [shape.name, shape]));
  const tables: Record<string, JsonRow[]> = {};

  for (const [table, rows] of Object.entries(envelope.tables)) {
    const shape = byName.get(table);
    if (!shape)
      throw importError(`tables.${table}`, `table inconnue au schéma ${envelope.schemaVersion}`, 'unrecognized_keys');
    if (!Array.isArray(rows)) throw importError(`tables.${table}`, 'attendu une liste de lignes', 'invalid_type');
    tables[table] = rows.map((row, index) => validateRow(shape, row, index));
  }
  for (const shape of shapes) tables[shape.name] ??= [];

  if (tables.engagement?.length !== 1) {
    throw importError('tables.engagement', 'attendu exactement une ligne (la mission)', 'too_small');
  }
  checkImages(tables.images ?? []);
  const { generator, ...rest } = envelope;
  const document: EngagementDocument = {
    ...rest,
    format: INTERCHANGE_FORMAT,
    ...(generator ? { generator } : {}),
    tables,
  };
  return { document, shapes };
}

function validateRow(shape: TableShape, row: unknown, index: number): JsonRow {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    throw importError(rowPath(shape.name, index), 'attendu un objet { colonne: valeur }', 'invalid_type');
  }
  const known = new Set(shape.columns.map((column) => column.name));
  for (const key of Object.keys(row)) {
    if (!known.has(key)) throw importError(rowPath(shape.name, index, key), 'colonne inconnue', 'unrecognized_keys');
  }
  const out: JsonRow = {};
  const record = row as Record<string, unknown>;
  for (const column of shape.columns) {
    const field = rowPath(shape.name, index, column.name);
    if (!(column.name in record)) {
      // An omitted column takes its default (or NULL); a required one must be there.
      if (column.notNull && !column.hasDefault && !isRowidAlias(shape, column)) {
        throw importError(field, 'valeur obligatoire (colonne absente)', 'invalid_type');
      }
      continue;
    }
    out[column.name] = validateCell(column, record[column.name], field, isRowidAlias(shape, column));
  }
  return out;
}

/** An `INTEGER PRIMARY KEY` is the rowid: NOT NULL in effect, though table_info says otherwise. */
function isRowidAlias(shape: TableShape, column: ColumnShape): boolean {
  return shape.primaryKey.length === 1 && column.pk === 1 && column.type === 'INTEGER';
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function validateCell(column: ColumnShape, value: unknown, field: string, rowidAlias: boolean): JsonCell {
  if (value === null) {
    if (column.notNull || rowidAlias) throw importError(field, 'valeur obligatoire', 'invalid_type');
    return null;
  }
  switch (column.type) {
    case 'INTEGER':
      if (typeof value !== 'number' || !Number.isSafeInteger(value))
        throw importError(field, 'attendu un nombre entier', 'invalid_type');
      return value;
    case 'REAL':
      if (typeof value !== 'number' || !Number.isFinite(value))
        throw importError(field, 'attendu un nombre', 'invalid_type');
      return value;
    case 'TEXT':
      if (typeof value !== 'string') throw importError(field, 'attendu du texte', 'invalid_type');
      return cleanText(value);
    case 'BLOB':
      if (typeof value !== 'string' || !BASE64.test(value))
        throw importError(field, 'attendu des données en base64', 'invalid_type');
      return value;
    default:
      if (typeof value !== 'string' && typeof value !== 'number')
        throw importError(field, 'attendu un texte ou un nombre', 'invalid_type');
      return value;
  }
}

/** Stored images must be what their row says: size and SHA-256 of the bytes. */
function checkImages(rows: JsonRow[]): void {
  rows.forEach((row, index) => {
    if (typeof row.data !== 'string') return;
    const bytes = Buffer.from(row.data, 'base64');
    if (row.byte_size !== undefined && row.byte_size !== bytes.length) {
      throw importError(
        rowPath('images', index, 'byte_size'),
        `ne correspond pas aux données (${bytes.length} octets)`,
        'invalid_value',
      );
    }
    const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    if (row.sha256 !== undefined && row.sha256 !== sha256) {
      throw importError(
        rowPath('images', index, 'sha256'),
        'ne correspond pas aux données de l’image',
        'invalid_value',
      );
    }
  });
}
