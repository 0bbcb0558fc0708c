import type Database from 'better-sqlite3';
import type { Lang } from '../../../src/shared/lang';
import type { DeliverableKind, ExportHistoryEntry } from '../../../src/shared/model/deliverables';
import { sql } from '../store/statements';

interface ExportRow {
  id: number;
  deliverable: DeliverableKind;
  version: number;
  lang: Lang;
  file_name: string;
  content_hash: string;
  byte_size: number;
  profile_id: string;
  created_at: number;
  sent_at: number | null;
}

const toEntry = (row: ExportRow): ExportHistoryEntry => ({
  id: row.id, deliverable: row.deliverable, version: row.version, lang: row.lang, fileName: row.file_name,
  contentHash: row.content_hash, byteSize: row.byte_size, profileId: row.profile_id, createdAt: row.created_at, sentAt: row.sent_at,
});

export function listExports(db: Database.Database): ExportHistoryEntry[] {
  return sql<[], ExportRow>(db, 'SELECT * FROM exports ORDER BY created_at DESC, id DESC').all().map(toEntry);
}

export function getExport(db: Database.Database, id: number): (ExportHistoryEntry & { contentJson: string | null }) | null {
  const row = sql<[number], ExportRow & { sent_content_json: string | null }>(db, 'SELECT * FROM exports WHERE id = ?').get(id);
  return row ? { ...toEntry(row), contentJson: row.sent_content_json } : null;
}

export function latestExport(db: Database.Database, deliverable: DeliverableKind): ExportHistoryEntry | null {
  const row = sql<[string], ExportRow>(db, 'SELECT * FROM exports WHERE deliverable = ? ORDER BY version DESC LIMIT 1').get(deliverable);
  return row ? toEntry(row) : null;
}

/** The version the next export of this deliverable carries: the same when nothing changed. */
export function nextVersion(db: Database.Database, deliverable: DeliverableKind, hash: string): { version: number; same: boolean } {
  const last = latestExport(db, deliverable);
  if (!last) return { version: 1, same: false };
  return last.contentHash === hash ? { version: last.version, same: true } : { version: last.version + 1, same: false };
}

/**
 * Records an export. Unchanged content keeps its version (the row is refreshed); changed
 * content gets a new version. The content is kept with the row so it can be frozen when
 * the version is marked as sent; unsent older copies are dropped to keep the file small.
 */
export function recordExport(
  db: Database.Database,
  entry: { deliverable: DeliverableKind; lang: Lang; hash: string; fileName: string; byteSize: number; profileId: string; contentJson: string; now: number },
): ExportHistoryEntry {
  const { version, same } = nextVersion(db, entry.deliverable, entry.hash);
  if (same) {
    sql(db, 'UPDATE exports SET file_name = ?, byte_size = ?, lang = ?, profile_id = ?, created_at = ? WHERE deliverable = ? AND version = ?').run(
      entry.fileName, entry.byteSize, entry.lang, entry.profileId, entry.now, entry.deliverable, version);
  } else {
    sql(db, 'UPDATE exports SET sent_content_json = NULL WHERE deliverable = ? AND sent_at IS NULL').run(entry.deliverable);
    sql(db, `INSERT INTO exports (deliverable, version, lang, file_name, content_hash, byte_size, profile_id, created_at, sent_content_json)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(entry.deliverable, version, entry.lang, entry.fileName, entry.hash, entry.byteSize, entry.profileId, entry.now, entry.contentJson);
  }
  const row = sql<[string, number], ExportRow>(db, 'SELECT * FROM exports WHERE deliverable = ? AND version = ?').get(entry.deliverable, version);
  return toEntry(row!);
}

export function markSent(db: Database.Database, id: number, now: number): ExportHistoryEntry | null {
  sql(db, 'UPDATE exports SET sent_at = coalesce(sent_at, ?) WHERE id = ?').run(now, id);
  const row = sql<[number], ExportRow>(db, 'SELECT * FROM exports WHERE id = ?').get(id);
  return row ? toEntry(row) : null;
}

export function latestSent(db: Database.Database, deliverable: DeliverableKind): (ExportHistoryEntry & { contentJson: string | null }) | null {
  const row = sql<[string], ExportRow & { sent_content_json: string | null }>(
    db, 'SELECT * FROM exports WHERE deliverable = ? AND sent_at IS NOT NULL ORDER BY version DESC LIMIT 1').get(deliverable);
  return row ? { ...toEntry(row), contentJson: row.sent_content_json } : null;
}
