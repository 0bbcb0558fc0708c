import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../src/shared/errors';
import { backupFileName, backupTo } from './backup';
import { APPLICATION_ID } from './fileFormat';
import { fileIdentity, type FileIdentity } from './fileIdentity';
import { inspectHeader } from './inspectHeader';
import { migrate, readUserVersion } from './migrate';
import { createBlankDatabase, publishNewFile, removeTemporary, temporaryPathBeside } from './newFile';
import { SCHEMA_VERSION } from './migrations';
import { toAppError } from './sqliteErrors';

export interface EngagementFile {
  db: Database.Database;
  path: string;
  realPath: string;
  readOnly: boolean;
  /** The file opened, to notice it being deleted, moved or replaced while open. */
  identity: FileIdentity;
  migratedFrom?: { version: number; backupPath: string };
}

export interface OpenOptions {
  /** Where pre-migration copies go: the app's data folder, never beside the file. */
  backupDir: string;
}

/**
 * Connection settings for a document file that may sit in a synced folder
 * (Dropbox, OneDrive, Nextcloud):
 * - rollback journal (`DELETE`), not WAL: WAL keeps two side files (-wal, -shm)
 *   that sync clients upload separately and out of order, and a copied .orchestre
 *   without its -wal silently loses the last edits. With DELETE the file alone is
 *   the document whenever the app is not writing (sqlite.org/wal.html, "disadvantages").
 * - `synchronous = FULL`: each commit is on disk before the UI says « Enregistré ».
 * - `locking_mode = EXCLUSIVE` plus an immediate exclusive transaction: this process
 *   holds the OS lock for as long as the file is open, so a second Orchestre window
 *   or process gets SQLITE_BUSY and reports "open elsewhere" instead of writing
 *   alongside; the OS drops the lock if we crash, so no stale lock file remains.
 *   Side effect, documented by SQLite: the journal is kept (zeroed) between
 *   transactions while open, and removed on close.
 * - `trusted_schema = OFF`: a file from elsewhere cannot make SQLite run
 *   functions from its schema (sqlite.org/security.html).
 */
function configureConnection(db: Database.Database, readOnly: boolean): void {
  db.pragma('trusted_schema = OFF');
  db.pragma('locking_mode = EXCLUSIVE');
  db.pragma('foreign_keys = ON');
  db.pragma('cell_size_check = ON');
  if (readOnly) {
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return;
  }
  db.pragma('synchronous = FULL');
  if (db.pragma('journal_mode', { simple: true }) !== 'delete') db.pragma('journal_mode = DELETE');
  db.exec('BEGIN EXCLUSIVE; COMMIT;');
}

/**
 * Writable for us, and not marked read-only by its owner. A file or folder
 * without any write permission bit (`chmod a-w`, the Windows read-only
 * attribute) is treated as read-only even by an account that could override
 * the bits (root, an administrator): the user asked for it to stay unchanged.
 */
function isWritable(target: string): boolean {
  try {
    fs.accessSync(target, fs.constants.W_OK);
    return (fs.statSync(target).mode & 0o222) !== 0;
  } catch {
    return false;
  }
}

/** Tables every current file must have; a file claiming our id without them is damaged. */
const REQUIRED_TABLES = ['engagement', 'notes', 'objectives', 'actions', 'images', 'item_links', 'search_index'];

function verifyShape(db: Database.Database, file: string): void {
  const rows = db.prepare("SELECT name FROM sqlite_schema WHERE type IN ('table')").all() as { name: string }[];
  const names = new Set(rows.map((row) => row.name));
  const missing = REQUIRED_TABLES.filter((table) => !names.has(table));
  if (missing.length) throw new AppError('FILE_CORRUPT', { file, detail: `missing ${missing.join(', ')}` });
  const count = (db.prepare('SELECT count(*) AS n FROM engagement').get() as { n: number }).n;
  if (count !== 1) throw new AppError('FILE_CORRUPT', { file, detail: 'no engagement record' });
}

/**
 * Opens an existing engagement. Refusals happen in `inspectHeader`, before SQLite
 * touches the file. Older files are copied through the backup API, then migrated.
 */
export async function openEngagementFile(filePath: string, options: OpenOptions): Promise<EngagementFile> {
  const absolute = path.resolve(filePath);
  const file = path.basename(absolute);
  const header = inspectHeader(absolute);
  const realPath = fs.realpathSync.native(absolute);
  const readOnly = !isWritable(realPath) || !isWritable(path.dirname(realPath));

  let db: Database.Database;
  try {
    db = new Database(realPath, { fileMustExist: true, readonly: readOnly, timeout: 250 });
  } catch (error) {
    throw openError(error, absolute, readOnly);
  }
  try {
    const identity = fileIdentity(realPath);
    configureConnection(db, readOnly);
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) throw new AppError('FILE_OTHER_APP', { file });

    let migratedFrom: EngagementFile['migratedFrom'];
    const version = readUserVersion(db);
    // After a hot-journal rollback (an interrupted migration) the raw header showed the unfinished version.
    if (version !== header.userVersion && !header.interruptedWrite) throw new AppError('FILE_CORRUPT', { file, detail: 'header mismatch' });
    if (version < SCHEMA_VERSION) {
      if (readOnly) throw new AppError('FILE_READ_ONLY', { file });
      const uid = readUid(db);
      const backupPath = path.join(options.backupDir, uid, backupFileName(`avant-migration-v${version}`));
      await backupTo(db, backupPath);
      migrate(db);
      migratedFrom = { version, backupPath };
    }
    verifyShape(db, file);
    return { db, path: absolute, realPath, readOnly, identity, ...(migratedFrom ? { migratedFrom } : {}) };
  } catch (error) {
    db.close();
    throw openError(error, absolute, readOnly);
  }
}

/**
 * A leftover journal (an edit interrupted by a crash or a full disk) must be
 * played back before the file can be read safely; SQLite refuses when the file
 * or its folder is read-only (SQLITE_READONLY_ROLLBACK): say what to do.
 */
function openError(error: unknown, absolute: string, readOnly: boolean): AppError {
  const code = (error as { code?: unknown })?.code;
  if (readOnly && code === 'SQLITE_READONLY_ROLLBACK') {
    return new AppError('FILE_NEEDS_RECOVERY', { file: path.basename(absolute) }, error);
  }
  return toAppError(error, absolute);
}

function readUid(db: Database.Database): string {
  try {
    const row = db.prepare('SELECT uid FROM engagement WHERE id = 1').get() as { uid: string } | undefined;
    return row?.uid.replace(/[^a-zA-Z0-9-]/g, '') || 'sans-identifiant';
  } catch {
    return 'sans-identifiant';
  }
}

export interface NewEngagementRecord {
  title: string;
  clientName: string;
  clientSector?: string;
  startDate?: string | null;
  endDate?: string | null;
  budgetEnvelopeCents?: number | null;
  deliverableLang: 'fr' | 'en';
}

/**
 * Creates a new engagement file. It is built under a temporary name in the same
 * folder and linked to its final name only when complete, without ever replacing
 * an existing file (link fails if the name is taken).
 */
export function createEngagementFile(
  filePath: string,
  record: NewEngagementRecord,
  seed: (db: Database.Database) => void = () => {},
  now = Date.now(),
): void {
  const absolute = path.resolve(filePath);
  const folder = path.dirname(absolute);
  const file = path.basename(absolute);
  if (!fs.existsSync(folder)) {
    try {
      fs.mkdirSync(folder, { recursive: true });
    } catch (error) {
      throw new AppError('FOLDER_NOT_WRITABLE', { folder }, error);
    }
  }
  if (!isWritable(folder)) throw new AppError('FOLDER_NOT_WRITABLE', { folder });
  if (fs.existsSync(absolute)) throw new AppError('FILE_EXISTS', { file });

  const temporary = temporaryPathBeside(absolute, 'creating');
  try {
    const db = createBlankDatabase(temporary);
    try {
      db.transaction(() => {
        db.prepare(
          `INSERT INTO engagement (id, uid, title, client_name, client_sector, start_date, end_date,
             budget_envelope_cents, deliverable_lang, created_at, updated_at)
           VALUES (1, @uid, @title, @clientName, @clientSector, @startDate, @endDate,
             @budgetEnvelopeCents, @deliverableLang, @now, @now)`,
        ).run({
          uid: crypto.randomUUID(),
          title: record.title,
          clientName: record.clientName,
          clientSector: record.clientSector ?? '',
          startDate: record.startDate ?? null,
          endDate: record.endDate ?? null,
          budgetEnvelopeCents: record.budgetEnvelopeCents ?? null,
          deliverableLang: record.deliverableLang,
          now,
        });
        seed(db);
      }).immediate();
    } finally {
      db.close();
    }
    publishNewFile(temporary, absolute);
  } catch (error) {
    throw toAppError(error, absolute);
  } finally {
    removeTemporary(temporary);
  }
}
