import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { FileSearchResult, SearchHit } from '../../../../src/shared/model/search';
import type { EngagementFileMeta } from '../../../../src/shared/model/workspace';
import { SECTION_OF_KIND } from '../../../../src/shared/model/search';
import { sql } from '../../store/statements';
import { ftsQuery } from './ftsQuery';
import { markMatches, queryWords, snippet } from './markMatches';
import { runCacheWorker } from './runCacheWorker';
import { readEngagementIndex, type EngagementIndex, type IndexedItem } from './readEngagementIndex';
import { isSearchKind } from './searchEngagement';

/** Bumped when the cache's shape changes: an older cache is simply rebuilt. */
const CACHE_VERSION = 3;
/** A file's rows get rowids file_id × 2^32 + n, so they are replaced by range, not by scan. */
const FILE_STRIDE = 2 ** 32;
/** Up to this many files are brought into the cache on the main thread (a few ms each); more go to a worker thread. */
const INLINE_WARM_FILES = 8;
/** Rows read per file to pick the few shown (title matches first). */
const CANDIDATES_PER_FILE = 50;

const titleMatches = (title: string, words: string[]) => markMatches(title, words).some((part) => part.match);

/**
 * `detail = column, columnsize = 0`: searches here only ask which rows hold
 * every word (as prefixes) and highlight in JS, so FTS5 need not keep token
 * positions nor column sizes; no `prefix` indexes either (they made filling
 * the cache 2.5 times slower and the file 3 times larger for no faster
 * query: matches are sorted by rowid anyway). Measured on 500 files: see
 * docs/performance.md.
 */
const SCHEMA = `
CREATE TABLE files (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  mtime REAL NOT NULL,
  size INTEGER NOT NULL,
  readable INTEGER NOT NULL,
  client_name TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT '',
  updated_at INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE VIRTUAL TABLE items USING fts5(
  file_id UNINDEXED, kind UNINDEXED, item_id UNINDEXED, parent_id UNINDEXED, context UNINDEXED, title, body,
  tokenize = 'unicode61 remove_diacritics 2', detail = column, columnsize = 0
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


/**
 * Search across engagements, kept fast by a disposable cache in the app's data
 * folder (`search-cache.sqlite`): a copy of every closed engagement's own search
 * rows, one FTS5 table for all files. Opening 500 SQLite files for each search
 * costs seconds (each open parses the whole schema); one query here costs
 * milliseconds. Freshness is checked per search by file size and modification
 * time (a stat each), and only changed files are read again, read-only. So that
 * the first search does not pay for reading every file, the cache is also
 * filled in the background (`warm`) when the app starts, when a folder is
 * listed and when an engagement is closed, in slices short enough to leave the
 * API responsive. The cache holds nothing that is not in the engagement files,
 * so any doubt about it (damaged, older shape) deletes and rebuilds it.
 */
export class SearchCache {
  private connection: Database.Database | null = null;
  private readonly toWarm = new Set<string>();
  private warming: Promise<void> | null = null;

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
    this.toWarm.clear();
    this.connection?.close();
    this.connection = null;
  }

  /** Brings the cache in step with these files and forgets the others; returns the files it could not read. */
  refresh(paths: string[]): number {
    const db = this.db();
    const wanted = new Set(paths);
    const known = sql<[], FileRow>(db, 'SELECT id, path FROM files').all();
    db.transaction(() => {
      for (const row of known) if (!wanted.has(row.path)) forget(db, row.id);
    })();
    return this.update([...wanted]);
  }

  /** Reads again, in one transaction, those of these files that changed since they were cached (size or modification time); returns the files it could not read. */
  update(paths: string[]): number {
    const db = this.db();
    let unreadable = 0;
    db.transaction(() => {
      for (const filePath of paths) {
        let stat: fs.Stats;
        try {
          stat = fs.statSync(filePath);
        } catch {
          unreadable += 1;
          continue;
        }
        const cached = sql<[string], FileRow>(db, 'SELECT id, mtime, size, readable FROM files WHERE path = ?').get(filePath);
        if (cached && cached.mtime === stat.mtimeMs && cached.size === stat.size) {
          if (!cached.readable) unreadable += 1;
          continue;
        }
        const source = readEngagementIndex(filePath);
        // A busy file (open in another Orchestre window) is tried again next time; a refused one when it changes.
        if (source === 'busy') unreadable += 1;
        else store(db, filePath, stat, cached?.id, source === 'refused' ? null : source);
        if (source === 'refused') unreadable += 1;
      }
    })();
    return unreadable;
  }

  /**
   * Fills the cache for these files in the background: a few files (an
   * engagement just closed) on the main thread at its next turn, many (a folder
   * listed) in a worker thread, so the window is never kept waiting. Nothing is
   * forgotten here, and a failure only leaves the work to the next search.
   */
  warm(paths: string[]): void {
    for (const filePath of paths) this.toWarm.add(filePath);
    this.warming ??= this.drainWarmQueue().finally(() => {
      this.warming = null;
    });
  }

  /** Resolves once no background warm-up is under way: a search waits for it rather than reading the same files. */
  async settled(): Promise<void> {
    while (this.warming) await this.warming;
  }

  private async drainWarmQueue(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    while (this.toWarm.size > 0) {
      const batch = [...this.toWarm];
      this.toWarm.clear();
      try {
        // A stat and a lookup each (microseconds) leave only the files that changed to read.
        const stale = batch.filter((filePath) => this.isStale(filePath));
        if (stale.length <= INLINE_WARM_FILES) this.update(stale);
        else await runCacheWorker(this.file, stale);
      } catch {
        return;
      }
    }
  }

  /** Whether this file is missing from the cache or changed since it was read (a file gone is not stale: nothing to read). */
  private isStale(filePath: string): boolean {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(filePath);
    } catch {
      return false;
    }
    const cached = sql<[string], FileRow>(this.db(), 'SELECT id, mtime, size, readable FROM files WHERE path = ?').get(filePath);
    return !cached || cached.mtime !== stat.mtimeMs || cached.size !== stat.size;
  }

  /** Client, title and status of a file as cached, if the cache holds this very version of it (same size and time). */
  info(filePath: string, stat: { size: number; mtimeMs: number }): EngagementFileMeta | null {
    const row = sql<[string], EngagementFileMeta & { mtime: number; size: number }>(
      this.db(),
      'SELECT mtime, size, client_name AS clientName, title, status, updated_at AS updatedAt FROM files WHERE path = ? AND readable = 1',
    ).get(filePath);
    if (!row || row.mtime !== stat.mtimeMs || row.size !== stat.size) return null;
    return { clientName: row.clientName, title: row.title, status: row.status, updatedAt: row.updatedAt };
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
      sql<[], FileRow>(db, 'SELECT id, path, client_name AS clientName, title FROM files WHERE readable = 1')
        .all()
        .filter((row) => allowed.has(row.path))
        .map((row) => [row.id, row]),
    );
    const matched = sql<[string], number>(db, 'SELECT rowid FROM items WHERE items MATCH ? ORDER BY rowid').pluck().all(match) as number[];
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
    const read = sql<[number], IndexedItem>(db, 'SELECT kind, item_id AS itemId, parent_id AS parentId, context, title, body FROM items WHERE rowid = ?');
    const results = counts.slice(0, maxFiles).map(({ fileId, total }): FileSearchResult => {
      const file = files.get(fileId)!;
      // Items whose title matches come first, as the title weighs more in each engagement's own search.
      const rows = byFile
        .get(fileId)!
        .slice(0, CANDIDATES_PER_FILE)
        .map((rowid) => read.get(rowid) as IndexedItem)
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
  sql(db, 'DELETE FROM items WHERE rowid >= ? AND rowid < ?').run(fileId * FILE_STRIDE, (fileId + 1) * FILE_STRIDE);
  sql(db, 'DELETE FROM files WHERE id = ?').run(fileId);
}

function store(db: Database.Database, filePath: string, stat: fs.Stats, cachedId: number | undefined, source: EngagementIndex | null): void {
  if (cachedId !== undefined) forget(db, cachedId);
  const { lastInsertRowid } = sql(db, 'INSERT INTO files (path, mtime, size, readable, client_name, title, status, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    filePath,
    stat.mtimeMs,
    stat.size,
    source ? 1 : 0,
    source?.clientName ?? '',
    source?.title ?? '',
    source?.status ?? '',
    source?.updatedAt ?? 0,
  );
  if (!source) return;
  const fileId = Number(lastInsertRowid);
  const base = fileId * FILE_STRIDE;
  const insert = sql(db, 'INSERT INTO items (rowid, file_id, kind, item_id, parent_id, context, title, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  source.rows.forEach((row, n) => insert.run(base + n, fileId, row.kind, row.itemId, row.parentId, row.context, row.title, row.body));
}
