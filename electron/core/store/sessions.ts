import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../../../src/shared/errors';
import { openEngagementFile, type EngagementFile } from './engagementFile';
import { fileState, type FileState } from './fileIdentity';
import { inspectHeader } from './inspectHeader';
import { toAppError } from './sqliteErrors';
import { UndoLog } from './undoLog';
import { currentEdit } from './undoScope';

export interface EngagementSession {
  readonly id: string;
  readonly file: EngagementFile;
  /** Who opened it: a window, or the browser-mode client. */
  readonly owner: string;
  /** Reads run outside a write transaction; they see committed data only. */
  read<T>(work: (db: Database.Database) => T): T;
  /** One user action = one IMMEDIATE transaction; synchronous by construction. */
  write<T>(work: (db: Database.Database) => T): T;
  /** How many write transactions committed since open (drives periodic backups). */
  readonly writes: number;
  /** Whether the file at the session's path is still the one it opened. */
  fileState(): FileState;
  /** The edits of this session that can be undone (none for a read-only file). */
  readonly undo: UndoLog | null;
}

/**
 * The engagements this process has open: one connection per real path (so a
 * symlink or a second window cannot open the same file twice), each with an
 * opaque id the renderer uses instead of a path.
 */
export class EngagementSessions {
  private readonly byId = new Map<string, EngagementSession>();
  private readonly byRealPath = new Map<string, EngagementSession>();
  private readonly pending = new Map<string, Promise<EngagementSession>>();

  constructor(private readonly options: { backupDir: string }) {}

  async open(filePath: string, owner: string): Promise<EngagementSession> {
    const absolute = path.resolve(filePath);
    // Refusals first, so a wrong file gets its own message rather than "not found".
    inspectHeader(absolute);
    const realPath = fs.realpathSync.native(absolute);
    const existing = this.byRealPath.get(realPath);
    if (existing) {
      if (existing.owner === owner) return existing;
      throw new AppError('OPEN_ELSEWHERE', { file: path.basename(absolute) });
    }
    const inFlight = this.pending.get(realPath);
    if (inFlight) return inFlight;

    const opening = openEngagementFile(absolute, this.options).then((file) => {
      const session = createSession(file, owner);
      this.byId.set(session.id, session);
      this.byRealPath.set(file.realPath, session);
      return session;
    });
    this.pending.set(realPath, opening);
    try {
      return await opening;
    } finally {
      this.pending.delete(realPath);
    }
  }

  get(id: string): EngagementSession {
    const session = this.byId.get(id);
    if (!session) throw new AppError('ENGAGEMENT_NOT_OPEN');
    return session;
  }

  /** A window may only act on the engagements it opened itself. */
  assertOwner(id: string, owner: string): void {
    const session = this.byId.get(id);
    if (session && session.owner !== owner) throw new AppError('ENGAGEMENT_NOT_OPEN');
  }

  list(): EngagementSession[] {
    return [...this.byId.values()];
  }

  close(id: string): boolean {
    const session = this.byId.get(id);
    if (!session) return false;
    this.byId.delete(id);
    this.byRealPath.delete(session.file.realPath);
    session.file.db.close();
    return true;
  }

  closeAll(): void {
    for (const id of [...this.byId.keys()]) this.close(id);
  }
}

function createSession(file: EngagementFile, owner: string): EngagementSession {
  const { db } = file;
  let writes = 0;
  const undo = file.readOnly ? null : new UndoLog(db);
  return {
    id: crypto.randomBytes(12).toString('base64url'),
    file,
    owner,
    get writes() {
      return writes;
    },
    undo,
    read(work) {
      try {
        return work(db);
      } catch (error) {
        throw toAppError(error, file.path);
      }
    },
    fileState: () => fileState(file.realPath, file.identity),
    write(work) {
      if (file.readOnly) throw new AppError('FILE_READ_ONLY', { file: path.basename(file.path) });
      // Nothing is written into a file that left its place: the open connection still holds
      // every committed edit, and « Dupliquer la mission » copies it out (backup API).
      if (fileState(file.realPath, file.identity) !== 'inPlace') throw new AppError('FILE_MOVED', { file: path.basename(file.path) });
      try {
        const result = db
          .transaction(() => {
            const value = work(db);
            undo?.seal(currentEdit());
            return value;
          })
          .immediate();
        writes += 1;
        return result;
      } catch (error) {
        throw toAppError(error, file.path);
      }
    },
  };
}
