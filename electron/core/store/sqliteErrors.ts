import path from 'node:path';
import { AppError } from '../../../src/shared/errors';

/** SQLite result codes that mean something to the user (sqlite.org/rescode.html). */
export function toAppError(error: unknown, filePath?: string): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown })?.code;
  const file = filePath ? path.basename(filePath) : '';
  if (typeof code === 'string') {
    if (code === 'SQLITE_FULL' || code === 'ENOSPC') return new AppError('DISK_FULL', {}, error);
    if (code === 'SQLITE_READONLY_DBMOVED') return new AppError('FILE_MOVED', { file }, error);
    if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
      return new AppError('FILE_READ_ONLY', { file }, error);
    }
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new AppError('OPEN_ELSEWHERE', { file }, error);
    if (code === 'SQLITE_NOTADB') return new AppError('FILE_NOT_SQLITE', { file }, error);
    if (code.startsWith('SQLITE_CORRUPT')) return new AppError('FILE_CORRUPT', { file, detail: code }, error);
    if (code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN') {
      return new AppError('FILE_CORRUPT', { file, detail: code }, error);
    }
    if (code === 'ENOENT') return new AppError('FILE_NOT_FOUND', { file }, error);
  }
  const detail = error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200);
  return new AppError('INTERNAL', { detail }, error);
}
