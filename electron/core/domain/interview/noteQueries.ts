import type Database from 'better-sqlite3';
import type { NoteList, NoteTag } from '../../../../src/shared/model/interview';
import { NOTE_TAGS } from '../../../../src/shared/model/interview';
import { SEARCH_KINDS, SEARCH_ROWID_STRIDE } from '../../store/migrations/0002-search-index';
import { sql } from '../../store/statements';
import { ftsQuery } from '../search/ftsQuery';
import { toNote } from './notes';

export interface NoteFilter {
  tags?: NoteTag[];
  /** A question id, or 'none' for notes attached to no question. */
  questionId?: number | 'none';
  text?: string;
}

const NOTE_ROWID_BASE = SEARCH_KINDS.note * SEARCH_ROWID_STRIDE;

export function listNotes(db: Database.Database, sessionId: number, filter: NoteFilter = {}): NoteList {
  const where = ['n.session_id = @sessionId', 'n.deleted_at IS NULL'];
  const params: Record<string, unknown> = { sessionId };
  if (filter.tags?.length) {
    // A note must carry every selected tag (the filter narrows as chips are added).
    filter.tags.forEach((tag, i) => {
      where.push(`EXISTS (SELECT 1 FROM note_tags t WHERE t.note_id = n.id AND t.tag = @tag${i})`);
      params[`tag${i}`] = tag;
    });
  }
  if (filter.questionId === 'none') where.push('n.question_id IS NULL');
  else if (filter.questionId !== undefined) {
    where.push('n.question_id = @questionId');
    params.questionId = filter.questionId;
  }
  const match = filter.text ? ftsQuery(filter.text) : null;
  if (match) {
    where.push(`n.id IN (SELECT rowid - ${NOTE_ROWID_BASE} FROM search_index WHERE search_index MATCH @match AND kind = 'note')`);
    params.match = match;
  } else if (filter.text?.trim()) {
    where.push('0');
  }
  // The statement text varies only with which filters are set, so the cache stays small.
  const rows = sql<[Record<string, unknown>], Parameters<typeof toNote>[1]>(
    db,
    `SELECT n.* FROM notes n WHERE ${where.join(' AND ')} ORDER BY n.position, n.id`,
  ).all(params);

  const tagCounts = Object.fromEntries(NOTE_TAGS.map((tag) => [tag, 0])) as Record<NoteTag, number>;
  for (const row of sql<[number], { tag: NoteTag; count: number }>(
    db,
    `SELECT t.tag, count(*) AS count FROM note_tags t JOIN notes n ON n.id = t.note_id
      WHERE n.session_id = ? AND n.deleted_at IS NULL GROUP BY t.tag`,
  ).all(sessionId)) {
    tagCounts[row.tag] = row.count;
  }
  const questionCounts: Record<number, number> = {};
  for (const row of sql<[number], { questionId: number; count: number }>(
    db,
    `SELECT question_id AS questionId, count(*) AS count FROM notes
      WHERE session_id = ? AND deleted_at IS NULL AND question_id IS NOT NULL GROUP BY question_id`,
  ).all(sessionId)) {
    questionCounts[row.questionId] = row.count;
  }
  const total = sql<[number], number>(db, 'SELECT count(*) FROM notes WHERE session_id = ? AND deleted_at IS NULL').pluck().get(sessionId) ?? 0;
  return { notes: rows.map((row) => toNote(db, row)), total, tagCounts, questionCounts };
}
