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
    fs.rmSync(`${temporary}-journal`, { force: true });
    if (error instanceof AppError) throw error;
    // A full disk is said as such (the pre-migration copy runs on open, a manual backup on demand).
    const code = (error as { code?: unknown })?.code;
    if (code === 'SQLITE_FULL' || code === 'ENOSPC') throw new AppError('DISK_FULL', {}, error);
    throw new AppError('INTERNAL', { detail: `backup failed: ${String(error)}` }, error);
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

/**
 * Backups of one engagement live in their own folder (named by the engagement's
 * uid), each named `2026-11-23T09-14-03-123Z ouverture.orchestre`: sortable by
 * name, and the reason is readable in a file manager.
 */
export function backupFileName(reason: string, now = new Date()): string {
  return `${now.toISOString().replace(/:/g, '-').replace('.', '-')} ${reason}.orchestre`;
}

const BACKUP_NAME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z ([a-z0-9-]+)\.orchestre$/;

/** Reads back the date and reason from a backup's file name; null for any other file. */
export function parseBackupFileName(name: string): { createdAt: number; reason: string } | null {
  const match = BACKUP_NAME.exec(name);
  if (!match) return null;
  const [, day, hours, minutes, seconds, millis, reason] = match;
  const createdAt = Date.parse(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
  return Number.isNaN(createdAt) ? null : { createdAt, reason: reason ?? '' };
}
