import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../src/shared/errors';
import { APPLICATION_ID } from '../core/store/fileFormat';
import { inspectHeader, type HeaderInfo } from '../core/store/inspectHeader';
import { toAppError } from '../core/store/sqliteErrors';

export interface ReadOnlyFile {
  db: Database.Database;
  header: HeaderInfo;
  path: string;
}

/**
 * Opens an engagement for looking only (`info`, `check`, `export-json`): the header
 * is inspected with plain `fs` first, so a refused file is never handed to SQLite;
 * then SQLite opens it with SQLITE_OPEN_READONLY, which never migrates, never rolls
 * a journal back and never writes a byte. A file the app holds open (exclusive
 * lock) answers SQLITE_BUSY, reported as "open elsewhere".
 */
export function openReadOnly(filePath: string): ReadOnlyFile {
  const absolute = path.resolve(filePath);
  const header = inspectHeader(absolute);
  let db: Database.Database;
  try {
    db = new Database(absolute, { readonly: true, fileMustExist: true, timeout: 250 });
  } catch (error) {
    throw toAppError(error, absolute);
  }
  try {
    db.pragma('trusted_schema = OFF');
    db.pragma('cell_size_check = ON');
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) {
      throw new AppError('FILE_OTHER_APP', { file: path.basename(absolute) });
    }
    return { db, header, path: absolute };
  } catch (error) {
    db.close();
    throw toAppError(error, absolute);
  }
}

/** Runs `work` on a read-only connection and always closes it. */
export function withReadOnly<T>(filePath: string, work: (file: ReadOnlyFile) => T): T {
  const file = openReadOnly(filePath);
  try {
    return work(file);
  } catch (error) {
    throw toAppError(error, file.path);
  } finally {
    file.db.close();
  }
}
