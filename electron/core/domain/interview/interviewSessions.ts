import type Database from 'better-sqlite3';
import { AppError } from '../../../../src/shared/errors';
import type { InterviewSession, InterviewSessionSummary, Participant, SessionMode } from '../../../../src/shared/model/interview';
import { sql } from '../../store/statements';
import { updateColumns } from '../patch';

interface SessionRow {
  id: number;
  title: string;
  held_on: string | null;
  start_time: string | null;
  duration_minutes: number | null;
  mode: SessionMode;
  location: string;
  summary: string;
  guide_id: number | null;
  capture_draft: string;
  created_at: number;
  updated_at: number;
}

export function listParticipants(db: Database.Database, sessionId: number): Participant[] {
  return sql<[number], Participant>(
    db,
    `SELECT p.id, p.stakeholder_id AS stakeholderId,
            CASE WHEN p.name = '' THEN coalesce(s.name, '') ELSE p.name END AS name,
            CASE WHEN p.role = '' THEN coalesce(s.role, '') ELSE p.role END AS role
       FROM session_participants p LEFT JOIN stakeholders s ON s.id = p.stakeholder_id
      WHERE p.session_id = ? ORDER BY p.position, p.id`,
  ).all(sessionId);
}

export function getInterviewSession(db: Database.Database, id: number): InterviewSession {
  const row = sql<[number], SessionRow>(db, 'SELECT * FROM interview_sessions WHERE id = ?').get(id);
  if (!row) throw new AppError('NOT_FOUND', { what: `session ${id}` });
  return {
    id: row.id,
    title: row.title,
    heldOn: row.held_on,
    startTime: row.start_time,
    durationMinutes: row.duration_minutes,
    mode: row.mode,
    location: row.location,
    summary: row.summary,
    guideId: row.guide_id,
    captureDraft: row.capture_draft,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    participants: listParticipants(db, id),
  };
}

export function listInterviewSessions(db: Database.Database): InterviewSessionSummary[] {
  const rows = sql<[], { id: number; title: string; heldOn: string | null; mode: SessionMode; noteCount: number }>(
    db,
    `SELECT s.id, s.title, s.held_on AS heldOn, s.mode,
            (SELECT count(*) FROM notes n WHERE n.session_id = s.id AND n.deleted_at IS NULL) AS noteCount
       FROM interview_sessions s ORDER BY coalesce(s.held_on, '9999'), s.id`,
  ).all();
  return rows.map((row) => ({ ...row, participantNames: listParticipants(db, row.id).map((p) => p.name) }));
}

export interface SessionFields {
  title: string;
  heldOn: string | null;
  startTime: string | null;
  durationMinutes: number | null;
  mode: SessionMode;
  location: string;
  summary: string;
  guideId: number | null;
}

const COLUMNS: Record<keyof SessionFields, string> = {
  title: 'title',
  heldOn: 'held_on',
  startTime: 'start_time',
  durationMinutes: 'duration_minutes',
  mode: 'mode',
  location: 'location',
  summary: 'summary',
  guideId: 'guide_id',
};

/** A new session uses the engagement's first guide unless told otherwise. */
export function createInterviewSession(db: Database.Database, fields: Partial<SessionFields> & { title: string }, now: number): InterviewSession {
  const guideId = fields.guideId !== undefined ? fields.guideId : (sql<[], number>(db, 'SELECT min(id) FROM interview_guides').pluck().get() ?? null);
  const id = Number(
    sql(
      db,
      `INSERT INTO interview_sessions (title, held_on, start_time, duration_minutes, mode, location, summary, guide_id, created_at, updated_at)
       VALUES (@title, @heldOn, @startTime, @durationMinutes, @mode, @location, @summary, @guideId, @now, @now)`,
    ).run({
      title: fields.title,
      heldOn: fields.heldOn ?? null,
      startTime: fields.startTime ?? null,
      durationMinutes: fields.durationMinutes ?? null,
      mode: fields.mode ?? 'onsite',
      location: fields.location ?? '',
      summary: fields.summary ?? '',
      guideId,
      now,
    }).lastInsertRowid,
  );
  return getInterviewSession(db, id);
}

export function updateInterviewSession(db: Database.Database, id: number, patch: Partial<SessionFields>, now: number): InterviewSession {
  getInterviewSession(db, id);
  updateColumns(db, 'interview_sessions', COLUMNS, patch, { id }, { updated_at: now });
  return getInterviewSession(db, id);
}

export function deleteInterviewSession(db: Database.Database, id: number): boolean {
  return sql(db, 'DELETE FROM interview_sessions WHERE id = ?').run(id).changes > 0;
}

/**
 * The capture box's unsent text, saved a few hundred ms after each keystroke so
 * that a crash loses half a second at most. Deliberately does not touch updated_at:
 * it is not an edit of the session.
 */
export function saveCaptureDraft(db: Database.Database, sessionId: number, draft: string): void {
  const changed = sql(db, 'UPDATE interview_sessions SET capture_draft = ? WHERE id = ?').run(draft, sessionId).changes;
  if (changed === 0) throw new AppError('NOT_FOUND', { what: `session ${sessionId}` });
}

export interface ParticipantInput {
  stakeholderId: number | null;
  name: string;
  role: string;
}

/** Replaces the participant list (a small list, edited as a whole). */
export function setParticipants(db: Database.Database, sessionId: number, participants: ParticipantInput[], now: number): Participant[] {
  getInterviewSession(db, sessionId);
  sql(db, 'DELETE FROM session_participants WHERE session_id = ?').run(sessionId);
  participants.forEach((p, i) => {
    sql(db, 'INSERT INTO session_participants (session_id, stakeholder_id, name, role, position) VALUES (?, ?, ?, ?, ?)').run(
      sessionId,
      p.stakeholderId,
      p.name,
      p.role,
      i + 1,
    );
  });
  sql(db, 'UPDATE interview_sessions SET updated_at = ? WHERE id = ?').run(now, sessionId);
  return listParticipants(db, sessionId);
}

export function coveredQuestionIds(db: Database.Database, sessionId: number): number[] {
  return sql<[number], number>(db, 'SELECT question_id FROM question_coverage WHERE session_id = ? ORDER BY covered_at, question_id').pluck().all(sessionId);
}

export function setCoverage(db: Database.Database, sessionId: number, questionId: number, covered: boolean, now: number): number[] {
  getInterviewSession(db, sessionId);
  if (!sql(db, 'SELECT 1 FROM guide_questions WHERE id = ?').get(questionId)) throw new AppError('NOT_FOUND', { what: `question ${questionId}` });
  if (covered) sql(db, 'INSERT OR IGNORE INTO question_coverage (session_id, question_id, covered_at) VALUES (?, ?, ?)').run(sessionId, questionId, now);
  else sql(db, 'DELETE FROM question_coverage WHERE session_id = ? AND question_id = ?').run(sessionId, questionId);
  return coveredQuestionIds(db, sessionId);
}
