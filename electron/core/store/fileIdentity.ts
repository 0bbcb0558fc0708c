import fs from 'node:fs';
import type { EngagementFileState } from '../../../src/shared/model/engagement';

/** Which file on disk a path names: device and inode (the file index on Windows). */
export interface FileIdentity {
  dev: number;
  ino: number;
}

export type FileState = EngagementFileState;

export function fileIdentity(target: string): FileIdentity {
  const stat = fs.statSync(target);
  return { dev: stat.dev, ino: stat.ino };
}

/**
 * Is the open file still the one at its path? On Linux and macOS a file can be
 * deleted, moved or replaced (a sync client's atomic update) while open: SQLite
 * keeps reading and writing the open inode, so edits to a deleted file vanish
 * when it closes, and in EXCLUSIVE locking mode SQLite itself does not notice
 * (its SQLITE_READONLY_DBMOVED check runs only when it reopens the journal).
 * So the session asks before every write.
 */
export function fileState(target: string, opened: FileIdentity): FileState {
  let now: FileIdentity;
  try {
    now = fileIdentity(target);
  } catch {
    return 'missing';
  }
  return now.dev === opened.dev && now.ino === opened.ino ? 'inPlace' : 'replaced';
}
