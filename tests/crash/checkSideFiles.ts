import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import mammoth from 'mammoth';
import { restoreBackupTo } from '../../electron/core/store/copyEngagement';
import { RollingBackups } from '../../electron/core/store/rollingBackups';
import { EngagementSessions } from '../../electron/core/store/sessions';
import type { CrashLedger } from './crashLedger';

/**
 * After a kill during a backup: every backup the restore screen lists is whole
 * (readable, integrity_check ok) and restores into a file that opens; every
 * acknowledged backup is listed. A half-written copy may stay behind under its
 * temporary name, but is never listed.
 */
export async function checkBackups(
  userDataDir: string,
  file: string,
  ledger: CrashLedger,
  scratch: string,
): Promise<string[]> {
  const problems: string[] = [];
  const uid = readUid(file);
  const backups = new RollingBackups(path.join(userDataDir, 'backups'), 200);
  const listed = backups.list(uid);
  for (const name of ledger.backups)
    if (!listed.some((entry) => entry.fileName === name)) problems.push(`acknowledged backup ${name} not listed`);
  for (const entry of listed) {
    if (!entry.readable) {
      problems.push(`listed backup ${entry.fileName} is unreadable`);
      continue;
    }
    const source = backups.resolve(uid, entry.fileName);
    const copy = new Database(source, { readonly: true });
    const check = copy.pragma('integrity_check', { simple: true });
    copy.close();
    if (check !== 'ok') problems.push(`listed backup ${entry.fileName}: ${String(check)}`);
  }
  // Copies cut short by a kill are swept by the next backup that goes through.
  const stale = fs
    .readdirSync(backups.folderFor(uid))
    .filter((name) => !ledger.killedSinceBackup.includes(Number(/\.partial-(\d+)(-journal)?$/.exec(name)?.[1] ?? -1)))
    .filter((name) => name.includes('.partial-'));
  if (stale.length) problems.push(`half-written copies not swept by a later backup: ${stale.join(', ')}`);
  // The newest one restores into a new file that the app opens.
  const newest = listed[0];
  if (newest) {
    const target = path.join(scratch, `restored-${Date.now()}.orchestre`);
    try {
      await restoreBackupTo(backups.resolve(uid, newest.fileName), target);
      const sessions = new EngagementSessions({ backupDir: path.join(scratch, 'restore-backups') });
      await sessions.open(target, 'crash-check');
      sessions.closeAll();
    } catch (error) {
      problems.push(`newest backup ${newest.fileName} does not restore: ${(error as Error).message}`);
    }
  }
  return problems;
}

/** The engagement's uid, read from a file that is not open (a hot journal is rolled back first). */
function readUid(file: string): string {
  const db = new Database(file, { fileMustExist: true });
  try {
    return db.prepare('SELECT uid FROM engagement WHERE id = 1').pluck().get() as string;
  } finally {
    db.close();
  }
}

/**
 * After a kill during an export: every .docx under its real name in the target
 * folder is a whole document (Word can open it: mammoth reads it back), and every
 * acknowledged export is there. Temporary files are hidden dot-files.
 */
export async function checkExports(
  folder: string,
  ledger: CrashLedger,
): Promise<{ problems: string[]; documents: number }> {
  const problems: string[] = [];
  const names = fs.readdirSync(folder);
  const documents = names.filter((name) => name.endsWith('.docx') && !name.startsWith('.'));
  for (const name of ledger.exports)
    if (!documents.includes(name)) problems.push(`acknowledged export ${name} missing`);
  for (const name of documents) {
    try {
      const { value } = await mammoth.extractRawText({ path: path.join(folder, name) });
      if (!value.includes('Crash Test SARL')) problems.push(`${name} is readable but lacks the client's name`);
    } catch (error) {
      problems.push(`${name} is not a whole document: ${(error as Error).message}`);
    }
  }
  // Temp files of killed exports are swept by the next export written into the folder.
  const temporaries = names.filter((name) => name.startsWith('.') && name.endsWith('.tmp'));
  const stale = temporaries.filter(
    (name) => !ledger.killedSinceExport.includes(Number(/\.(\d+)-[0-9a-f]{8}\.tmp$/.exec(name)?.[1] ?? -1)),
  );
  if (stale.length) problems.push(`temporary files not swept by a later export: ${stale.join(', ')}`);
  const stray = names.filter((name) => !name.startsWith('.') && !name.endsWith('.docx'));
  if (stray.length) problems.push(`unexpected files in the export folder: ${stray.join(', ')}`);
  return { problems, documents: documents.length };
}
