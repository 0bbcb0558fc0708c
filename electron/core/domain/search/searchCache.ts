import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { FileSearchResult, SearchHit } from '../../../../src/shared/model/search';
import { SECTION_OF_KIND } from '../../../../src/shared/model/search';
import { inspectHeader } from '../../store/inspectHeader';
import { ftsQuery } from './ftsQuery';
import { markMatches, queryWords, snippet } from './markMatches';
import { holderOf, isSearchKind } from './searchEngagement';

/** Bumped when the cache's shape changes: an older cache is simply rebuilt. */
const CACHE_VERSION = 2;
/** Files older than this have no search index (it came with schema 2); they are indexed when next opened. */
const FIRST_INDEXED_VERSION = 2;
/** A file's rows get rowids file_id × 2^32 + n, so they are replaced by range, not by scan. */
const FILE_STRIDE = 2 ** 32;
/** Rows read per file to pick the few shown (title matches first). */
const CANDIDATES_PER_FILE = 50;

const titleMatches = (title: string, words: string[]) => markMatches(title, words).some((part) => part.match);

const SCHEMA = `
CREATE TABLE files (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  mtime REAL NOT NULL,
  size INTEGER NOT NULL,
  readable INTEGER NOT NULL,
  client_name TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE VIRTUAL TABLE items USING fts5(
  file_id UNINDEXED, kind UNINDEXED, item_id UNINDEXED, parent_id UNINDEXED, context UNINDEXED, title, body,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6'
);`;

interface FileRow {
  id: number;
  path: string;
  mtime: number;
  size: number;
  readable: number;
  clientName: string;
  title: string;
}

type Source = { clientName: string; title: string; rows: SourceRow[] } | 'refused' | 'busy';
interface SourceRow {
  kind: string;
  itemId: number;
  parentId: number | null;
  context: string;
  title: string;
  body: string;
}

/**
 * Search across engagements, kept fast by a disposable cache in the app's data
 * folder (`search-cache.sqlite`): a copy of every closed engagement's own search
 * rows, one FTS5 table for all files. Opening 500 SQLite files for each search
 * costs seconds (each open parses the whole schema); one query here costs
 * milliseconds. Freshness is checked per search by file size and modification
 * time (a stat each), and only changed files are read again, read-only. The
 * cache holds nothing that is not in the engagement files, so any doubt about
 * it (damaged, older shape) deletes and rebuilds it.
 */
export class SearchCache {
  private connection: Database.Database | null = null;

  constructor(private readonly file: string) {}

  private db(): Database.Database {
    if (this.connection) return this.connection;
    try {
      this.connection = openCache(this.file);
    } catch {
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${this.file}${suffix}`, { force: true });
      this.connection = openCache(this.file);
    }
    return this.connection;
  }

  close(): void {
    this.connection?.close();
    this.connection = null;
  }

  /** Brings the cache in step with these files and forgets the others; returns the files it could not read. */
  refresh(paths: string[]): number {
    const db = this.db();
    const known = new Map((db.prepare('SELECT id, path, mtime, size, readable FROM files').all() as FileRow[]).map((row) => [row.path, row]));
    const wanted = new Set(paths);
    let unreadable = 0;
    db.transaction(() => {
      for (const [filePath, row] of known) if (!wanted.has(filePath)) forget(db, row.id);
      for (const filePath of wanted) {
        let stat: fs.Stats;
        try {
          stat = fs.statSync(filePath);
        } catch {
          unreadable += 1;
          continue;
        }
        const cached = known.get(filePath);
        if (cached && cached.mtime === stat.mtimeMs && cached.size === stat.size) {
          if (!cached.readable) unreadable += 1;
          continue;
        }
        const source = readSource(filePath);
        // A busy file (open in another Orchestre window) is tried again next time; a refused one when it changes.
        if (source === 'busy') unreadable += 1;
        else store(db, filePath, stat, cached?.id, source === 'refused' ? null : source);
        if (source === 'refused') unreadable += 1;
      }
    })();
    return unreadable;
  }

  /**
   * Matching items of the files given: the `maxFiles` files with most matches,
   * `perFile` items each, best first; and how many files matched in all.
   */
  search(text: string, perFile: number, maxFiles: number, paths: string[]): { files: FileSearchResult[]; matched: number } {
    const match = ftsQuery(text);
    if (!match) return { files: [], matched: 0 };
    const db = this.db();
    const allowed = new Set(paths);
    const files = new Map(
      (db.prepare('SELECT id, path, client_name AS clientName, title FROM files WHERE readable = 1').all() as FileRow[])
        .filter((row) => allowed.has(row.path))
        .map((row) => [row.id, row]),
    );
    const matched = db.prepare('SELECT rowid FROM items WHERE items MATCH ? ORDER BY rowid').pluck().all(match) as number[];
    const totals = new Map<number, number>();
    for (const rowid of matched) totals.set(Math.floor(rowid / FILE_STRIDE), (totals.get(Math.floor(rowid / FILE_STRIDE)) ?? 0) + 1);
    const counts = [...totals].map(([fileId, total]) => ({ fileId, total })).filter((row) => files.has(row.fileId));
    counts.sort((a, b) => b.total - a.total || files.get(a.fileId)!.clientName.localeCompare(files.get(b.fileId)!.clientName, 'fr'));
    // One pass over the matches (rowids only: no ranking, no row content), then
    // plain rowid lookups for the rows shown, highlighted here rather than by FTS5:
    // per-file FTS5 queries each walked every match again (about 20 ms × 20 files).
    const byFile = new Map<number, number[]>();
    for (const rowid of matched) {
      const fileId = Math.floor(rowid / FILE_STRIDE);
      const list = byFile.get(fileId);
      if (list) list.push(rowid);
      else byFile.set(fileId, [rowid]);
    }
    const words = queryWords(text);
    const read = db.prepare('SELECT kind, item_id AS itemId, parent_id AS parentId, context, title, body FROM items WHERE rowid = ?');
    const results = counts.slice(0, maxFiles).map(({ fileId, total }): FileSearchResult => {
      const file = files.get(fileId)!;
      // Items whose title matches come first, as the title weighs more in each engagement's own search.
      const rows = byFile
        .get(fileId)!
        .slice(0, CANDIDATES_PER_FILE)
        .map((rowid) => read.get(rowid) as SourceRow)
        .sort((a, b) => Number(titleMatches(b.title, words)) - Number(titleMatches(a.title, words)))
        .slice(0, perFile);
      const hits = rows.flatMap((row): SearchHit[] =>
        isSearchKind(row.kind)
          ? [{ kind: row.kind, itemId: row.itemId, section: SECTION_OF_KIND[row.kind], parentId: row.parentId, context: row.context, title: markMatches(row.title, words), snippet: snippet(row.body, words) }]
          : [],
      );
      return { path: file.path, fileName: path.basename(file.path), clientName: file.clientName, title: file.title, engagementId: null, hits, total };
    });
    return { files: results, matched: counts.length };
  }
}

function openCache(file: string): Database.Database {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 1000 });
  try {
    db.pragma('journal_mode = WAL'); // a private cache, never synced nor copied: WAL is safe here
    db.pragma('synchronous = NORMAL');
    if (db.pragma('user_version', { simple: true }) !== CACHE_VERSION) {
      db.exec('DROP TABLE IF EXISTS items; DROP TABLE IF EXISTS files;');
      db.exec(SCHEMA);
      db.pragma(`user_version = ${CACHE_VERSION}`);
    }
    db.prepare('SELECT count(*) FROM files').get();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function forget(db: Database.Database, fileId: number): void {
  db.prepare('DELETE FROM items WHERE rowid >= ? AND rowid < ?').run(fileId * FILE_STRIDE, (fileId + 1) * FILE_STRIDE);
  db.prepare('DELETE FROM files WHERE id = ?').run(fileId);
}

function store(db: Database.Database, filePath: string, stat: fs.Stats, cachedId: number | undefined, source: Exclude<Source, 'refused' | 'busy'> | null): void {
  if (cachedId !== undefined) forget(db, cachedId);
  const { lastInsertRowid } = db
    .prepare('INSERT INTO files (path, mtime, size, readable, client_name, title) VALUES (?, ?, ?, ?, ?, ?)')
    .run(filePath, stat.mtimeMs, stat.size, source ? 1 : 0, source?.clientName ?? '', source?.title ?? '');
  if (!source) return;
  const base = Number(lastInsertRowid) * FILE_STRIDE;
  const insert = db.prepare('INSERT INTO items (rowid, file_id, kind, item_id, parent_id, context, title, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  source.rows.forEach((row, n) => insert.run(base + n, Number(lastInsertRowid), row.kind, row.itemId, row.parentId, row.context, row.title, row.body));
}

/**
 * One engagement's search rows, read without writing a byte: the header is
 * checked with plain `fs` first (another app's file or a newer version is
 * refused untouched), a file with a leftover journal is left for the app to
 * recover rather than rolled back here, and a file held by another Orchestre
 * window (exclusive lock) answers SQLITE_BUSY at once.
 */
function readSource(filePath: string): Source {
  try {
    if (inspectHeader(filePath).userVersion < FIRST_INDEXED_VERSION) return 'refused';
  } catch {
    return 'refused';
  }
  if (fs.existsSync(`${filePath}-journal`)) return 'busy';
  let source: Database.Database | null = null;
  try {
    source = new Database(filePath, { readonly: true, fileMustExist: true, timeout: 0 });
    source.pragma('trusted_schema = OFF');
    const db = source;
    const info = db.prepare('SELECT client_name AS clientName, title FROM engagement WHERE id = 1').get() as { clientName: string; title: string } | undefined;
    if (!info) return 'refused';
    const rows = (db.prepare('SELECT kind, item_id AS itemId, title, body FROM search_index').all() as Omit<SourceRow, 'parentId' | 'context'>[])
      .filter((row) => isSearchKind(row.kind))
      .map((row) => ({ ...row, ...holderOf(db, row.kind as Parameters<typeof holderOf>[1], row.itemId) }));
    return { ...info, rows };
  } catch (error) {
    return (error as { code?: string }).code === 'SQLITE_BUSY' ? 'busy' : 'refused';
  } finally {
    source?.close();
  }
}
