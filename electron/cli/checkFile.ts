import path from 'node:path';
import { AppError } from '../../src/shared/errors';
import { readUserVersion } from '../core/store/migrate';
import { SCHEMA_VERSION } from '../core/store/migrations';
import { tableShapesAtVersion } from '../core/interchange/tableShapes';
import { withReadOnly } from './readOnlyFile';

export interface CheckReport {
  schemaVersion: number;
  applicationId: number;
  /** True when the file predates this version: the app migrates it on open, after a backup. */
  older: boolean;
  pageCount: number;
  fileSize: number;
}

/**
 * The checks of `orchestre check`, in the order that gives the most useful first
 * message: header (plain fs), application id and version, SQLite's own
 * `integrity_check`, `foreign_key_check`, then the tables the version promises and
 * the single engagement record. Read-only throughout: never migrates, never writes.
 * Throws the first problem as an AppError.
 */
export function checkEngagementFile(filePath: string): CheckReport {
  return withReadOnly(filePath, ({ db, header, path: absolute }) => {
    const file = path.basename(absolute);
    const version = readUserVersion(db);
    if (version !== header.userVersion) throw new AppError('FILE_CORRUPT', { file, detail: 'header mismatch' });
    if (version < 1) throw new AppError('FILE_CORRUPT', { file, detail: 'user_version 0' });

    const integrity = db.prepare('PRAGMA integrity_check(20)').all() as { integrity_check: string }[];
    const problems = integrity.map((row) => row.integrity_check).filter((line) => line !== 'ok');
    if (problems.length) throw new AppError('FILE_CORRUPT', { file, detail: `integrity_check: ${problems[0]}` });

    const violations = db.prepare('PRAGMA foreign_key_check').all() as { table: string; parent: string }[];
    if (violations.length) {
      const first = violations[0];
      throw new AppError('FILE_CORRUPT', {
        file,
        detail: `foreign_key_check: ${violations.length} × ${first?.table} → ${first?.parent}`,
      });
    }

    const present = new Set(
      (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map(
        (row) => row.name,
      ),
    );
    const missing = tableShapesAtVersion(version)
      .map((shape) => shape.name)
      .filter((name) => !present.has(name));
    if (missing.length) throw new AppError('FILE_CORRUPT', { file, detail: `missing ${missing.join(', ')}` });
    const engagements = (db.prepare('SELECT count(*) AS n FROM engagement').get() as { n: number }).n;
    if (engagements !== 1) throw new AppError('FILE_CORRUPT', { file, detail: 'no engagement record' });

    return {
      schemaVersion: version,
      applicationId: header.applicationId,
      older: version < SCHEMA_VERSION,
      pageCount: header.fileSize / header.pageSize,
      fileSize: header.fileSize,
    };
  });
}
