import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../src/shared/errors';
import { APPLICATION_ID } from './fileFormat';
import { migrate } from './migrate';

/**
 * New engagement files (create, import, copy, restore) are built under a hidden
 * temporary name beside their target, then published in one step: a crash leaves
 * no half-written file under a real name, and an existing file is never replaced.
 */
export function temporaryPathBeside(target: string, purpose: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${crypto.randomBytes(4).toString('hex')}.${purpose}`);
}

/** An empty engagement database at `schemaVersion` (the current one by default). */
export function createBlankDatabase(file: string, schemaVersion?: number): Database.Database {
  const db = new Database(file);
  try {
    // The file is invisible until `publishNewFile`, which flushes it to disk first: a sync per
    // commit here (header, schema, seed: twelve fsyncs) would buy nothing. Connections that open a
    // published file set `synchronous = FULL` again (engagementFile.ts).
    db.pragma('synchronous = OFF');
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma('journal_mode = DELETE');
    db.pragma('foreign_keys = ON');
    migrate(db, schemaVersion);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Gives the finished (closed) temporary file its name, refusing if that name is taken (a hard link fails if so). */
export function publishNewFile(temporary: string, target: string): void {
  // On disk before it has a name: what was built without syncs (createBlankDatabase) is durable once published.
  const fd = fs.openSync(temporary, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.linkSync(temporary, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || fs.existsSync(target)) throw new AppError('FILE_EXISTS', { file: path.basename(target) }, error);
    // File systems without hard links (FAT, some network shares): plain rename.
    fs.renameSync(temporary, target);
  }
}

/** Removes a temporary file and its rollback journal, whatever happened. */
export function removeTemporary(temporary: string): void {
  fs.rmSync(temporary, { force: true });
  fs.rmSync(`${temporary}-journal`, { force: true });
}
