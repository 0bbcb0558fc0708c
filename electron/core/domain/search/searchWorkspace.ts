import path from 'node:path';
import type Database from 'better-sqlite3';
import type { FileSearchResult, WorkspaceSearchResult } from '../../../../src/shared/model/search';
import type { SearchCache } from './searchCache';
import { ftsQuery } from './ftsQuery';
import { searchEngagement } from './searchEngagement';

export interface SearchableFile {
  path: string;
  /** Set when this process has the file open: it is searched live through its session, not through the cache. */
  open?: { engagementId: string | null; read<T>(work: (db: Database.Database) => T): T };
}

/**
 * Search across the workspace's engagements: the open ones live, the others
 * through the search cache (see SearchCache for why a cache, and how it stays
 * in step). Files come back with the most matches first.
 */
export function searchFiles(cache: SearchCache, files: SearchableFile[], text: string, perFile: number, maxFiles: number): WorkspaceSearchResult {
  const started = performance.now();
  if (!ftsQuery(text)) return { query: text, files: [], matchedFiles: 0, searched: files.length, skipped: 0, elapsedMs: 0 };
  const closed = files.filter((file) => !file.open).map((file) => file.path);
  let skipped = cache.refresh(closed);
  const cached = cache.search(text, perFile, maxFiles, closed);
  const results: FileSearchResult[] = cached.files;
  let matchedFiles = cached.matched;
  for (const file of files) {
    if (!file.open) continue;
    const { engagementId } = file.open;
    try {
      const found = file.open.read((db) => {
        const info = db.prepare('SELECT client_name AS clientName, title FROM engagement WHERE id = 1').get() as { clientName: string; title: string };
        return { ...info, ...searchEngagement(db, text, perFile) };
      });
      if (found.total > 0) {
        matchedFiles += 1;
        results.push({ path: file.path, fileName: path.basename(file.path), clientName: found.clientName, title: found.title, engagementId, hits: found.hits, total: found.total });
      }
    } catch {
      skipped += 1;
    }
  }
  results.sort((a, b) => b.total - a.total || a.clientName.localeCompare(b.clientName, 'fr'));
  return { query: text, files: results.slice(0, maxFiles), matchedFiles, searched: files.length, skipped, elapsedMs: Math.round(performance.now() - started) };
}
