import type Database from 'better-sqlite3';
import type { EngagementSearchResult, SearchHit, SearchItemKind, TextPart } from '../../../../src/shared/model/search';
import { SEARCH_ITEM_KINDS, SECTION_OF_KIND } from '../../../../src/shared/model/search';
import { sql } from '../../store/statements';
import { ftsQuery } from './ftsQuery';

/** Marks FTS5 puts around matches: control characters that `cleanText` keeps out of every stored text. */
const OPEN = '\u0002';
const CLOSE = '\u0003';

interface Row {
  kind: string;
  itemId: number;
  title: string;
  snippet: string;
}

/**
 * The title counts five times the body in the ranking (bm25 weights follow the
 * columns: kind, item_id, title, body). The title is highlighted whole, the body
 * cut to about a dozen words around the best match.
 */
const SEARCH_SQL = `
  SELECT kind, item_id AS itemId,
         highlight(search_index, 2, char(2), char(3)) AS title,
         snippet(search_index, 3, char(2), char(3), '…', 12) AS snippet
    FROM search_index
   WHERE search_index MATCH @match
   ORDER BY bm25(search_index, 0, 0, 5, 1), rowid
   LIMIT @limit`;

const COUNT_SQL = 'SELECT count(*) FROM search_index WHERE search_index MATCH ?';

/** Where an item sits on screen: its holder's id and name, looked up when found (names may change). */
const HOLDER_SQL: Partial<Record<SearchItemKind, string>> = {
  note: 'SELECT n.session_id AS parentId, s.title AS context FROM notes n JOIN interview_sessions s ON s.id = n.session_id WHERE n.id = ?',
  finding: 'SELECT f.channel_id AS parentId, c.name AS context FROM audit_findings f JOIN audit_channels c ON c.id = f.channel_id WHERE f.id = ?',
  recommendation: 'SELECT r.channel_id AS parentId, c.name AS context FROM recommendations r JOIN audit_channels c ON c.id = r.channel_id WHERE r.id = ?',
  persona_trait: 'SELECT t.persona_id AS parentId, p.name AS context FROM persona_traits t JOIN personas p ON p.id = t.persona_id WHERE t.id = ?',
  learning: "SELECT NULL AS parentId, coalesce(c.name, '') AS context FROM benchmark_learnings l LEFT JOIN competitors c ON c.id = l.competitor_id WHERE l.id = ?",
};

/** Splits FTS5's marked text into plain parts: matches stay data, never markup. */
export function textParts(marked: string): TextPart[] {
  const parts: TextPart[] = [];
  let rest = marked;
  while (rest.length) {
    const open = rest.indexOf(OPEN);
    if (open === -1) {
      parts.push({ text: rest, match: false });
      break;
    }
    if (open > 0) parts.push({ text: rest.slice(0, open), match: false });
    const close = rest.indexOf(CLOSE, open + 1);
    const end = close === -1 ? rest.length : close;
    parts.push({ text: rest.slice(open + 1, end), match: true });
    rest = close === -1 ? '' : rest.slice(close + 1);
  }
  return parts.filter((part) => part.text.length > 0);
}

/** The holder of an item on screen (a note's session…), read at indexing or search time. */
export function holderOf(db: Database.Database, kind: SearchItemKind, itemId: number): { parentId: number | null; context: string } {
  const holderSql = HOLDER_SQL[kind];
  if (!holderSql) return { parentId: kind === 'session' || kind === 'persona' ? itemId : null, context: '' };
  return sql<[number], { parentId: number | null; context: string }>(db, holderSql).get(itemId) ?? { parentId: null, context: '' };
}

export const isSearchKind = (kind: string): kind is SearchItemKind => (SEARCH_ITEM_KINDS as readonly string[]).includes(kind);

function toHit(db: Database.Database, row: Row): SearchHit | null {
  if (!isSearchKind(row.kind)) return null;
  return {
    kind: row.kind,
    itemId: row.itemId,
    section: SECTION_OF_KIND[row.kind],
    ...holderOf(db, row.kind, row.itemId),
    title: textParts(row.title),
    snippet: textParts(row.snippet),
  };
}

/**
 * Items of one engagement matching the words typed, best first. Accents and
 * case are folded by the index (unicode61 remove_diacritics 2), every word is a
 * prefix, and nothing the user types can reach FTS5 as syntax (see `ftsQuery`).
 */
export function searchEngagement(db: Database.Database, text: string, limit: number): EngagementSearchResult {
  const match = ftsQuery(text);
  if (!match) return { query: text, hits: [], total: 0 };
  const rows = sql<[{ match: string; limit: number }], Row>(db, SEARCH_SQL).all({ match, limit });
  const hits = rows.flatMap((row) => toHit(db, row) ?? []);
  const total = rows.length < limit ? rows.length : (sql<[string], number>(db, COUNT_SQL).pluck().get(match) ?? rows.length);
  return { query: text, hits, total };
}
