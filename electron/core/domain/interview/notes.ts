import type Database from 'better-sqlite3';
import { AppError } from '../../../../src/shared/errors';
import type { Note, NoteTag } from '../../../../src/shared/model/interview';
import { NOTE_TAGS } from '../../../../src/shared/model/interview';
import { parseNoteText } from '../../../../src/shared/noteTags';
import { sql } from '../../store/statements';
import { linksFrom } from '../links';

interface NoteRow {
  id: number;
  session_id: number;
  body: string;
  question_id: number | null;
  position: number;
  captured_at: number;
  updated_at: number;
}

export function tagsOf(db: Database.Database, noteId: number): NoteTag[] {
  const tags = new Set(sql<[number], NoteTag>(db, 'SELECT tag FROM note_tags WHERE note_id = ?').pluck().all(noteId));
  return NOTE_TAGS.filter((tag) => tags.has(tag));
}

export function toNote(db: Database.Database, row: NoteRow): Note {
  return {
    id: row.id,
    sessionId: row.session_id,
    body: row.body,
    questionId: row.question_id,
    position: row.position,
    capturedAt: row.captured_at,
    updatedAt: row.updated_at,
    tags: tagsOf(db, row.id),
    became: linksFrom(db, 'note', row.id),
  };
}

/** A live (not soft-deleted) note. */
export function getNote(db: Database.Database, id: number): Note {
  const row = sql<[number], NoteRow>(db, 'SELECT * FROM notes WHERE id = ? AND deleted_at IS NULL').get(id);
  if (!row) throw new AppError('NOT_FOUND', { what: `note ${id}` });
  return toNote(db, row);
}

function setTags(db: Database.Database, noteId: number, tags: readonly NoteTag[]): void {
  sql(db, 'DELETE FROM note_tags WHERE note_id = ?').run(noteId);
  for (const tag of tags) sql(db, 'INSERT OR IGNORE INTO note_tags (note_id, tag) VALUES (?, ?)').run(noteId, tag);
}

function checkQuestion(db: Database.Database, questionId: number | null | undefined): void {
  if (questionId == null) return;
  if (!sql(db, 'SELECT 1 FROM guide_questions WHERE id = ?').get(questionId)) throw new AppError('NOT_FOUND', { what: `question ${questionId}` });
}

export interface CaptureInput {
  sessionId: number;
  text: string;
  questionId?: number | null;
  extraTags?: readonly NoteTag[];
  /** The capture box is empty again once the note is saved: clear the persisted draft in the same transaction. */
  clearDraft?: boolean;
}

/**
 * The hot path of a live interview: one small transaction per note (the caller's
 * `write`), a handful of cached statements, nothing that scans the session.
 */
export function captureNote(db: Database.Database, input: CaptureInput, now: number): Note {
  const parsed = parseNoteText(input.text);
  checkQuestion(db, input.questionId);
  const position =
    sql<[number], number>(db, 'SELECT coalesce(max(position), 0) + 1 FROM notes WHERE session_id = ?').pluck().get(input.sessionId) ?? 1;
  const result = sql(
    db,
    `INSERT INTO notes (session_id, body, question_id, position, captured_at, updated_at)
     SELECT id, @body, @questionId, @position, @now, @now FROM interview_sessions WHERE id = @sessionId`,
  ).run({ sessionId: input.sessionId, body: parsed.body, questionId: input.questionId ?? null, position, now });
  if (result.changes === 0) throw new AppError('NOT_FOUND', { what: `session ${input.sessionId}` });
  const id = Number(result.lastInsertRowid);
  setTags(db, id, [...new Set([...parsed.tags, ...(input.extraTags ?? [])])]);
  if (input.clearDraft) sql(db, "UPDATE interview_sessions SET capture_draft = '' WHERE id = ?").run(input.sessionId);
  return getNote(db, id);
}

export interface NotePatch {
  /** New text; recognised `#tags` in it are added to the note's tags. */
  body?: string;
  questionId?: number | null;
  /** Replaces the tag set. */
  tags?: NoteTag[];
}

export function updateNote(db: Database.Database, id: number, patch: NotePatch, now: number): Note {
  const note = getNote(db, id);
  let tags = patch.tags ?? note.tags;
  if (patch.body !== undefined) {
    const parsed = parseNoteText(patch.body);
    tags = [...new Set([...tags, ...parsed.tags])];
    sql(db, 'UPDATE notes SET body = ?, updated_at = ? WHERE id = ?').run(parsed.body, now, id);
  }
  if (patch.questionId !== undefined) {
    checkQuestion(db, patch.questionId);
    sql(db, 'UPDATE notes SET question_id = ?, updated_at = ? WHERE id = ?').run(patch.questionId, now, id);
  }
  if (patch.tags !== undefined || patch.body !== undefined) setTags(db, id, tags);
  return getNote(db, id);
}

/** Adds or removes one tag (the Alt+digit shortcuts). */
export function toggleTag(db: Database.Database, id: number, tag: NoteTag, on: boolean, now: number): Note {
  getNote(db, id);
  if (on) sql(db, 'INSERT OR IGNORE INTO note_tags (note_id, tag) VALUES (?, ?)').run(id, tag);
  else sql(db, 'DELETE FROM note_tags WHERE note_id = ? AND tag = ?').run(id, tag);
  sql(db, 'UPDATE notes SET updated_at = ? WHERE id = ?').run(now, id);
  return getNote(db, id);
}

/**
 * Moves a note just after `afterId` (or first when null), within its session.
 * Positions are REAL: the note takes the midpoint, so one row changes; when the
 * gap gets too thin the session is renumbered (rare).
 */
export function moveNote(db: Database.Database, id: number, afterId: number | null, now: number): Note {
  const note = getNote(db, id);
  const positions = sql<[number], { id: number; position: number }>(
    db,
    'SELECT id, position FROM notes WHERE session_id = ? AND deleted_at IS NULL ORDER BY position, id',
  )
    .all(note.sessionId)
    .filter((row) => row.id !== id);
  const index = afterId === null ? -1 : positions.findIndex((row) => row.id === afterId);
  if (afterId !== null && index < 0) throw new AppError('NOT_FOUND', { what: `note ${afterId}` });
  const before = index >= 0 ? positions[index]!.position : (positions[0]?.position ?? 1) - 1;
  const after = positions[index + 1]?.position ?? before + 2;
  let position = (before + after) / 2;
  if (after - before < 1e-9) {
    positions.splice(index + 1, 0, { id, position: 0 });
    positions.forEach((row, i) => sql(db, 'UPDATE notes SET position = ? WHERE id = ?').run(i + 1, row.id));
    position = index + 2;
  }
  sql(db, 'UPDATE notes SET position = ?, updated_at = ? WHERE id = ?').run(position, now, id);
  return getNote(db, id);
}

/** Soft delete, so Ctrl+Z can bring the note back with its tags and links. */
export function deleteNote(db: Database.Database, id: number, now: number): { id: number; deletedAt: number } {
  getNote(db, id);
  sql(db, 'UPDATE notes SET deleted_at = ? WHERE id = ?').run(now, id);
  return { id, deletedAt: now };
}

export function restoreNote(db: Database.Database, id: number, now: number): Note {
  const changed = sql(db, 'UPDATE notes SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL').run(now, id).changes;
  if (changed === 0) throw new AppError('NOT_FOUND', { what: `deleted note ${id}` });
  return getNote(db, id);
}
