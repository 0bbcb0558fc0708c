import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../src/shared/errors';
import { backupTo } from './backup';
import { publishNewFile, removeTemporary, temporaryPathBeside } from './newFile';

/**
 * Writes a copy of an engagement to a new file ("Dupliquer", "Restaurer une
 * sauvegarde") through the SQLite backup API, never by copying bytes of a live
 * file. The copy gets its own uid, so its backups do not mix with the original's.
 * Never replaces an existing file.
 */
export async function copyEngagementTo(source: Database.Database, target: string): Promise<void> {
  const folder = path.dirname(target);
  const file = path.basename(target);
  fs.mkdirSync(folder, { recursive: true });
  try {
    fs.accessSync(folder, fs.constants.W_OK);
  } catch (error) {
    throw new AppError('FOLDER_NOT_WRITABLE', { folder }, error);
  }
  if (fs.existsSync(target)) throw new AppError('FILE_EXISTS', { file });

  const temporary = temporaryPathBeside(target, 'copying');
  try {
    await backupTo(source, temporary);
    const copy = new Database(temporary, { fileMustExist: true });
    try {
      copy.prepare('UPDATE engagement SET uid = ? WHERE id = 1').run(crypto.randomUUID());
    } finally {
      copy.close();
    }
    publishNewFile(temporary, target);
  } finally {
    removeTemporary(temporary);
  }
}

/** Opens a backup read-only, copies it to `target`, closes it. */
export async function restoreBackupTo(backupFile: string, target: string): Promise<void> {
  const source = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    await copyEngagementTo(source, target);
  } finally {
    source.close();
  }
}
