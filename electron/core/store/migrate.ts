import type Database from 'better-sqlite3';
import { AppError } from '../../../src/shared/errors';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';

export function readUserVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings a file up to `target` (the current schema by default). All pending steps
 * run in one IMMEDIATE transaction, each followed by its `user_version` bump, then
 * `foreign_key_check`: either the file ends fully migrated or it is left as it was.
 * Foreign keys are off meanwhile, as sqlite.org/lang_altertable.html prescribes for
 * schema changes that rebuild tables.
 */
export function migrate(db: Database.Database, target = SCHEMA_VERSION): { from: number; to: number } {
  const from = readUserVersion(db);
  if (from > SCHEMA_VERSION) throw new AppError('FILE_TOO_NEW', { version: from, supported: SCHEMA_VERSION });
  if (from >= target) return { from, to: from };

  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const migration of MIGRATIONS) {
        if (migration.version <= from || migration.version > target) continue;
        migration.up(db);
        db.pragma(`user_version = ${migration.version}`);
      }
      const violations = db.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) {
        throw new AppError('FILE_CORRUPT', { detail: `${violations.length} foreign key violation(s) after migration` });
      }
    }).immediate();
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
  return { from, to: target };
}
