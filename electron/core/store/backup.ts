import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../src/shared/errors';
import { APPLICATION_ID } from './fileFormat';

/**
 * Copies an open engagement through SQLite's online backup API (never `fs.copy`
 * of a live file), into a temporary name renamed at the end, then re-opens the
 * copy and checks it: a backup that cannot be read back is not a backup.
 */
export async function backupTo(db: Database.Database, destination: string): Promise<void> {
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  const temporary = `${destination}.partial-${process.pid}`;
  try {
    await db.backup(temporary);
    verifyCopy(temporary);
    fs.renameSync(temporary, destination);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error instanceof AppError ? error : new AppError('INTERNAL', { detail: `backup failed: ${String(error)}` }, error);
  }
}

function verifyCopy(file: string): void {
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const appId = copy.pragma('application_id', { simple: true });
    const check = copy.pragma('quick_check', { simple: true });
    if (appId !== APPLICATION_ID || check !== 'ok') {
      throw new AppError('INTERNAL', { detail: `backup verification failed (${String(check)})` });
    }
  } finally {
    copy.close();
  }
}

/** `Mission Dupont.orchestre` → `Mission Dupont 2026-11-23T09-14-03 avant-migration-v1.orchestre` */
export function backupFileName(originalPath: string, reason: string, now = new Date()): string {
  const base = path.basename(originalPath).replace(/\.orchestre$/i, '');
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
  return `${base} ${stamp} ${reason}.orchestre`;
}
