import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupEntry } from '../../../src/shared/model/backups';
import { AppError } from '../../../src/shared/errors';
import { backupFileName, backupTo, parseBackupFileName } from './backup';
import { isProcessRunning } from '../workspace/atomicWrite';
import type { EngagementSession } from './sessions';

export type BackupReason = 'ouverture' | 'auto' | 'manuelle';

/**
 * Automatic rolling backups of each engagement, in the app's data folder (never
 * beside the file: a synced folder would fill with copies). Taken through the
 * SQLite backup API and re-checked (see backup.ts); the `keep` most recent
 * rolling ones are kept, pre-migration copies are never rotated away.
 */
export class RollingBackups {
  /** Backups under way, by session id: closing waits for them. */
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(
    readonly root: string,
    private keep: number,
  ) {}

  setKeep(keep: number): void {
    this.keep = keep;
  }

  folderFor(uid: string): string {
    const safe = uid.replace(/[^a-zA-Z0-9-]/g, '');
    if (!safe) throw new AppError('NOT_FOUND', { what: 'backup folder' });
    return path.join(this.root, safe);
  }

  async create(session: EngagementSession, reason: BackupReason, now = new Date()): Promise<BackupEntry> {
    const uid = session.read((db) => db.prepare('SELECT uid FROM engagement WHERE id = 1').pluck().get() as string);
    const target = path.join(this.folderFor(uid), backupFileName(reason, now));
    const running = backupTo(session.file.db, target);
    this.inFlight.set(session.id, running.catch(() => {}));
    try {
      await running;
    } finally {
      this.inFlight.delete(session.id);
    }
    this.rotate(uid);
    return describeBackup(target);
  }

  /** Starts a backup in the background; a failure is logged, never shown as an edit error. */
  schedule(session: EngagementSession, reason: BackupReason, log: (message: string) => void = () => {}): void {
    if (this.inFlight.has(session.id)) return;
    this.create(session, reason).catch((error: unknown) => log(`[backup] ${reason} failed: ${String(error)}`));
  }

  /**
   * Every `intervalMs`, backs up each open engagement edited since its last
   * periodic backup. The timer never keeps the process alive by itself.
   */
  startPeriodic(sessions: { list(): EngagementSession[] }, intervalMs: number, log?: (message: string) => void): () => void {
    const backedUpAt = new Map<string, number>();
    const timer = setInterval(() => {
      for (const session of sessions.list()) {
        if (session.file.readOnly || session.writes === (backedUpAt.get(session.id) ?? 0)) continue;
        backedUpAt.set(session.id, session.writes);
        this.schedule(session, 'auto', log);
      }
    }, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  async settle(sessionId: string): Promise<void> {
    await this.inFlight.get(sessionId);
  }

  /** Newest first. */
  list(uid: string): BackupEntry[] {
    const folder = this.folderFor(uid);
    let names: string[];
    try {
      names = fs.readdirSync(folder);
    } catch {
      return [];
    }
    return names
      .filter((name) => parseBackupFileName(name))
      .map((name) => describeBackup(path.join(folder, name)))
      .sort((a, b) => b.createdAt - a.createdAt);
  }

  /** Resolves a backup named by the API (uid + file name) without letting a path escape the root. */
  resolve(uid: string, fileName: string): string {
    if (!parseBackupFileName(fileName)) throw new AppError('NOT_FOUND', { what: 'backup' });
    const file = path.join(this.folderFor(uid), fileName);
    if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', { what: 'backup' });
    return file;
  }

  latest(uid: string): BackupEntry | undefined {
    return this.list(uid).find((entry) => entry.reason !== 'avant-migration');
  }

  private rotate(uid: string): void {
    const rolling = this.list(uid).filter((entry) => !entry.reason.startsWith('avant-migration'));
    for (const stale of rolling.slice(this.keep)) fs.rmSync(path.join(this.folderFor(uid), stale.fileName), { force: true });
    sweepPartials(this.folderFor(uid));
  }
}

/**
 * A copy cut short by a crash keeps its temporary name (`….partial-<pid>`, see
 * backup.ts): never listed, but removed here once the process that wrote it is
 * gone, so killed backups do not pile up in the user's data folder.
 */
function sweepPartials(folder: string): void {
  for (const name of fs.readdirSync(folder)) {
    const pid = Number(/\.partial-(\d+)(-journal)?$/.exec(name)?.[1]);
    if (pid && pid !== process.pid && !isProcessRunning(pid)) fs.rmSync(path.join(folder, name), { force: true });
  }
}

/** Date and reason from the name; what it holds from a read-only look inside. */
function describeBackup(file: string): BackupEntry {
  const fileName = path.basename(file);
  const parsed = parseBackupFileName(fileName)!;
  const entry: BackupEntry = {
    fileName,
    createdAt: parsed.createdAt,
    reason: parsed.reason.startsWith('avant-migration') ? 'avant-migration' : parsed.reason,
    sizeBytes: fs.statSync(file).size,
    clientName: '',
    counts: { notes: 0, objectives: 0, actions: 0 },
    readable: false,
  };
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const row = db
        .prepare(
          `SELECT (SELECT client_name FROM engagement WHERE id = 1) AS clientName,
                  (SELECT count(*) FROM notes WHERE deleted_at IS NULL) AS notes,
                  (SELECT count(*) FROM objectives) AS objectives,
                  (SELECT count(*) FROM actions) AS actions`,
        )
        .get() as { clientName: string; notes: number; objectives: number; actions: number };
      entry.clientName = row.clientName;
      entry.counts = { notes: row.notes, objectives: row.objectives, actions: row.actions };
      entry.readable = true;
    } finally {
      db.close();
    }
  } catch {
    // Listed anyway, marked unreadable: the user sees it rather than wondering where it went.
  }
  return entry;
}
