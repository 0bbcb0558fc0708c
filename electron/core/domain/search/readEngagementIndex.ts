import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { EngagementInfo } from '../../../../src/shared/model/engagement';
import { inspectHeader } from '../../store/inspectHeader';
import { isSearchKind } from './searchEngagement';

/** Files older than this have no search index (it came with schema 2); they are indexed when next opened. */
const FIRST_INDEXED_VERSION = 2;

export interface IndexedItem {
  kind: string;
  itemId: number;
  parentId: number | null;
  context: string;
  title: string;
  body: string;
}

export interface EngagementIndex {
  clientName: string;
  title: string;
  status: EngagementInfo['status'];
  updatedAt: number;
  rows: IndexedItem[];
}

/** What could not be read: refused (not ours, too old, damaged) until it changes; busy (locked, mid-write) until next time. */
export type IndexSource = EngagementIndex | 'refused' | 'busy';

/**
 * Every search row of one file with its holder (a note's session, a finding's
 * channel…), in one statement. It reads FTS5's own content table
 * (`search_index_content`: c0 kind, c1 item id, c2 title, c3 body, a plain
 * table in FTS5's documented layout) rather than scanning the virtual table,
 * and looks holders up with correlated subqueries rather than one query per
 * row: per file, this is what used to cost most after SQLite's schema parse.
 * The holders are those of `holderOf` (searchEngagement.ts), which search
 * inside an open engagement uses; a test compares the two.
 */
const ROWS_SQL = `
SELECT c.c0 AS kind, c.c1 AS itemId, c.c2 AS title, c.c3 AS body,
  CASE c.c0
    WHEN 'note' THEN (SELECT n.session_id FROM notes n WHERE n.id = c.c1)
    WHEN 'finding' THEN (SELECT f.channel_id FROM audit_findings f WHERE f.id = c.c1)
    WHEN 'recommendation' THEN (SELECT r.channel_id FROM recommendations r WHERE r.id = c.c1)
    WHEN 'persona_trait' THEN (SELECT t.persona_id FROM persona_traits t WHERE t.id = c.c1)
    WHEN 'session' THEN c.c1
    WHEN 'persona' THEN c.c1
  END AS parentId,
  coalesce(CASE c.c0
    WHEN 'note' THEN (SELECT s.title FROM notes n JOIN interview_sessions s ON s.id = n.session_id WHERE n.id = c.c1)
    WHEN 'finding' THEN (SELECT ch.name FROM audit_findings f JOIN audit_channels ch ON ch.id = f.channel_id WHERE f.id = c.c1)
    WHEN 'recommendation' THEN (SELECT ch.name FROM recommendations r JOIN audit_channels ch ON ch.id = r.channel_id WHERE r.id = c.c1)
    WHEN 'persona_trait' THEN (SELECT p.name FROM persona_traits t JOIN personas p ON p.id = t.persona_id WHERE t.id = c.c1)
    WHEN 'learning' THEN (SELECT co.name FROM benchmark_learnings l JOIN competitors co ON co.id = l.competitor_id WHERE l.id = c.c1)
  END, '') AS context
FROM search_index_content c
ORDER BY c.id`;

/**
 * One engagement's metadata and search rows, read without writing a byte and
 * with as little work as a SQLite open allows (one connection, two
 * statements): the header is checked with plain `fs` first (another app's file
 * or a newer version is refused untouched), a file with a leftover journal is
 * left for the app to recover rather than rolled back here, and a file held by
 * another Orchestre window (exclusive lock) answers SQLITE_BUSY at once.
 */
export function readEngagementIndex(filePath: string): IndexSource {
  try {
    if (inspectHeader(filePath).userVersion < FIRST_INDEXED_VERSION) return 'refused';
  } catch {
    return 'refused';
  }
  if (fs.existsSync(`${filePath}-journal`)) return 'busy';
  let db: Database.Database | null = null;
  try {
    db = new Database(filePath, { readonly: true, fileMustExist: true, timeout: 0 });
    db.pragma('trusted_schema = OFF');
    const info = db
      .prepare('SELECT client_name AS clientName, title, status, updated_at AS updatedAt FROM engagement WHERE id = 1')
      .get() as Omit<EngagementIndex, 'rows'> | undefined;
    if (!info) return 'refused';
    const rows = (db.prepare(ROWS_SQL).all() as IndexedItem[]).filter((row) => isSearchKind(row.kind));
    return { ...info, rows };
  } catch (error) {
    return (error as { code?: string }).code === 'SQLITE_BUSY' ? 'busy' : 'refused';
  } finally {
    db?.close();
  }
}
