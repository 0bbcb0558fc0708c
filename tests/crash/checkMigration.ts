import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SCHEMA_VERSION } from '../../electron/core/store/migrations';
import { EngagementSessions } from '../../electron/core/store/sessions';
import { makeEngagementAtVersion } from '../helpers/engagementFiles';
import { hasHotJournal } from './verifyEngagement';

/** Enough notes for the search-index backfill of migration 2 to take a moment worth aiming at. */
export const MIGRATION_NOTES = 6000;

/** A version-1 engagement, as Orchestre 1 wrote it, with notes for migration 2 to index. */
export function makeVersionOneEngagement(dir: string): string {
  return makeEngagementAtVersion(dir, 1, (db) => {
    db.exec(`INSERT INTO engagement (id, uid, title, client_name, created_at, updated_at)
               VALUES (1, 'uid-crash-v1', 'Stratégie digitale', 'Crash Test SARL', 1, 1);
             INSERT INTO interview_sessions (id, title, created_at, updated_at) VALUES (1, 'Entretien direction', 1, 1);`);
    const note = db.prepare('INSERT INTO notes (session_id, body, captured_at, updated_at) VALUES (1, ?, 1, 1)');
    for (let i = 0; i < MIGRATION_NOTES; i += 1)
      note.run(`Note ${i} : le réseau de revendeurs pèse lourd dans le chiffre d'affaires`);
  });
}

/**
 * After a kill while a version-1 file was being opened (pre-migration backup,
 * then migration): the file holds either version 1 intact or the fully migrated
 * version, never a mix; then the app opens it and migrates it completely.
 * The state is read from a copy (file and journal), so the app's own open sees
 * the file exactly as the kill left it.
 */
export async function checkMigration(
  file: string,
  scratch: string,
): Promise<{ problems: string[]; version: number; interrupted: boolean }> {
  const problems: string[] = [];
  const interrupted = hasHotJournal(file);
  const copy = path.join(scratch, `inspect-${Date.now()}.orchestre`);
  fs.copyFileSync(file, copy);
  if (fs.existsSync(`${file}-journal`)) fs.copyFileSync(`${file}-journal`, `${copy}-journal`);
  const raw = new Database(copy);
  const version = raw.pragma('user_version', { simple: true }) as number;
  const notes = raw.prepare('SELECT count(*) FROM notes').pluck().get() as number;
  if (notes !== MIGRATION_NOTES)
    problems.push(`version ${version} file holds ${notes} notes instead of ${MIGRATION_NOTES}`);
  const hasIndex = raw.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'search_index'").pluck().get() === 1;
  if (version === 1 && hasIndex) problems.push('version 1 file already has the search index: half migrated');
  if (version === SCHEMA_VERSION) {
    const indexed = hasIndex
      ? (raw.prepare("SELECT count(*) FROM search_index WHERE kind = 'note'").pluck().get() as number)
      : 0;
    if (indexed !== MIGRATION_NOTES) problems.push(`migrated file indexes ${indexed} of ${MIGRATION_NOTES} notes`);
  } else if (version !== 1) problems.push(`unexpected version ${version}`);
  raw.close();

  const sessions = new EngagementSessions({ backupDir: path.join(scratch, 'migration-backups') });
  try {
    const session = await sessions.open(file, 'crash-check');
    session.read((db) => {
      if (db.pragma('user_version', { simple: true }) !== SCHEMA_VERSION)
        problems.push('reopened file is not at the current version');
      if (db.pragma('integrity_check', { simple: true }) !== 'ok') problems.push('reopened file fails integrity_check');
      if ((db.pragma('foreign_key_check') as unknown[]).length) problems.push('reopened file fails foreign_key_check');
      const count = db.prepare('SELECT count(*) FROM notes').pluck().get();
      if (count !== MIGRATION_NOTES) problems.push(`reopened file holds ${String(count)} notes`);
    });
  } catch (error) {
    problems.push(`the file does not reopen: ${(error as Error).message}`);
  } finally {
    sessions.closeAll();
  }
  return { problems, version, interrupted };
}
