import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../src/shared/errors';
import { APPLICATION_ID, SQLITE_HEADER_SIZE, SQLITE_MAGIC } from './fileFormat';
import { SCHEMA_VERSION } from './migrations';

export interface HeaderInfo {
  pageSize: number;
  writeVersion: number;
  readVersion: number;
  applicationId: number;
  userVersion: number;
  fileSize: number;
  /**
   * A write was cut short (crash, kill, power loss): a hot rollback journal lies
   * beside the file, which SQLite plays back on open. The header and size then
   * describe the half-written state, not the document.
   */
  interruptedWrite: boolean;
}

/** The first 8 bytes of a live rollback journal (sqlite.org/fileformat2.html#the_rollback_journal). */
const JOURNAL_MAGIC = Buffer.from([0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7]);

/**
 * Whether `<file>-journal` holds an unfinished transaction. A journal whose
 * header is zeroed (what SQLite leaves after a commit in exclusive locking mode)
 * or that is empty is not hot (sqlite.org/atomiccommit.html#hot_rollback_journals).
 */
function hasHotJournal(filePath: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(`${filePath}-journal`, 'r');
  } catch {
    return false;
  }
  try {
    const magic = Buffer.alloc(JOURNAL_MAGIC.length);
    return fs.readSync(fd, magic, 0, magic.length, 0) === magic.length && magic.equals(JOURNAL_MAGIC);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Reads the 100-byte SQLite header with plain `fs` (read-only) and refuses what
 * is not an Orchestre file of a version we understand, before SQLite ever opens
 * it: so a refused file is never touched, not even by a hot-journal rollback.
 * Field offsets: sqlite.org/fileformat2.html#the_database_header.
 */
export function inspectHeader(filePath: string): HeaderInfo {
  const file = path.basename(filePath);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch (error) {
    throw new AppError('FILE_NOT_FOUND', { file }, error);
  }
  if (!stat.isFile()) throw new AppError('FILE_NOT_SQLITE', { file });
  if (stat.size === 0) throw new AppError('FILE_EMPTY', { file });

  const header = Buffer.alloc(SQLITE_HEADER_SIZE);
  const fd = fs.openSync(filePath, 'r');
  let read: number;
  try {
    read = fs.readSync(fd, header, 0, SQLITE_HEADER_SIZE, 0);
  } finally {
    fs.closeSync(fd);
  }

  const magic = header.subarray(0, Math.min(read, SQLITE_MAGIC.length)).toString('latin1');
  if (!SQLITE_MAGIC.startsWith(magic) || read < SQLITE_MAGIC.length) {
    // A prefix of the magic string is a cut-off SQLite file; anything else is foreign.
    if (read < SQLITE_MAGIC.length && SQLITE_MAGIC.startsWith(magic)) throw new AppError('FILE_TRUNCATED', { file });
    throw new AppError('FILE_NOT_SQLITE', { file });
  }
  if (read < SQLITE_HEADER_SIZE) throw new AppError('FILE_TRUNCATED', { file });

  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) {
    throw new AppError('FILE_CORRUPT', { file, detail: 'page size' });
  }
  const writeVersion = header.readUInt8(18);
  const readVersion = header.readUInt8(19);
  if (writeVersion < 1 || writeVersion > 2 || readVersion < 1 || readVersion > 2) {
    throw new AppError('FILE_HEADER_UNSUPPORTED', { file });
  }

  // After an interrupted commit the header already counts pages that were not all
  // written yet: the size is checked only when no hot journal will restore the file.
  const interruptedWrite = hasHotJournal(filePath);
  if (!interruptedWrite) {
    if (stat.size % pageSize !== 0) throw new AppError('FILE_TRUNCATED', { file });
    // The in-header page count is trustworthy only when "version-valid-for" matches
    // the change counter (written by SQLite >= 3.7.0).
    const changeCounter = header.readUInt32BE(24);
    const pageCount = header.readUInt32BE(28);
    const validFor = header.readUInt32BE(92);
    if (pageCount > 0 && validFor === changeCounter && stat.size < pageCount * pageSize) {
      throw new AppError('FILE_TRUNCATED', { file });
    }
  }

  const applicationId = header.readUInt32BE(68);
  const userVersion = header.readUInt32BE(60);
  if (applicationId !== APPLICATION_ID) throw new AppError('FILE_OTHER_APP', { file });
  if (userVersion > SCHEMA_VERSION) {
    throw new AppError('FILE_TOO_NEW', { file, version: userVersion, supported: SCHEMA_VERSION });
  }
  return { pageSize, writeVersion, readVersion, applicationId, userVersion, fileSize: stat.size, interruptedWrite };
}
