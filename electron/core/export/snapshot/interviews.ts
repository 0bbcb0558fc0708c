import type Database from 'better-sqlite3';
import { rows } from './rows';

export type NoteTag =
  | 'need' | 'objective' | 'constraint' | 'budget' | 'deadline' | 'competitor'
  | 'persona' | 'risk' | 'idea' | 'decision' | 'next_step';

export interface SnapshotNote {
  id: number;
  sessionId: number;
  body: string;
  questionId: number | null;
  question: string | null;
  section: string | null;
  tags: NoteTag[];
  capturedAt: number;
}

export interface SnapshotSession {
  id: number;
  title: string;
  heldOn: string | null;
  startTime: string | null;
  durationMinutes: number | null;
  mode: 'onsite' | 'video' | 'phone';
  location: string;
  summary: string;
  participants: { name: string; role: string }[];
  notes: SnapshotNote[];
}

export interface InterviewPart {
  sessions: SnapshotSession[];
}

export function readInterviewPart(db: Database.Database): InterviewPart {
  const tags = new Map<number, NoteTag[]>();
  for (const row of rows<{ note_id: number; tag: NoteTag }>(db, 'SELECT note_id, tag FROM note_tags ORDER BY tag')) {
    tags.set(row.note_id, [...(tags.get(row.note_id) ?? []), row.tag]);
  }
  const notes = rows<{
    id: number; session_id: number; body: string; question_id: number | null;
    question: string | null; section: string | null; captured_at: number;
  }>(
    db,
    `SELECT n.id, n.session_id, n.body, n.question_id, q.text AS question, s.title AS section, n.captured_at
       FROM notes n
       LEFT JOIN guide_questions q ON q.id = n.question_id
       LEFT JOIN guide_sections s ON s.id = q.section_id
      WHERE n.deleted_at IS NULL
      ORDER BY n.session_id, s.position, q.position, n.position, n.id`,
  );
  const participants = rows<{ session_id: number; name: string; role: string; st_name: string | null; st_role: string | null }>(
    db,
    `SELECT p.session_id, p.name, p.role, st.name AS st_name, st.role AS st_role
       FROM session_participants p LEFT JOIN stakeholders st ON st.id = p.stakeholder_id
      ORDER BY p.session_id, p.position, p.id`,
  );
  const sessions = rows<{
    id: number; title: string; held_on: string | null; start_time: string | null; duration_minutes: number | null;
    mode: SnapshotSession['mode']; location: string; summary: string;
  }>(db, 'SELECT * FROM interview_sessions ORDER BY held_on, id');
  return {
    sessions: sessions.map((s) => ({
      id: s.id,
      title: s.title,
      heldOn: s.held_on,
      startTime: s.start_time,
      durationMinutes: s.duration_minutes,
      mode: s.mode,
      location: s.location,
      summary: s.summary,
      participants: participants
        .filter((p) => p.session_id === s.id)
        .map((p) => ({ name: p.name || p.st_name || '', role: p.role || p.st_role || '' })),
      notes: notes
        .filter((n) => n.session_id === s.id)
        .map((n) => ({
          id: n.id,
          sessionId: n.session_id,
          body: n.body,
          questionId: n.question_id,
          question: n.question,
          section: n.section,
          tags: tags.get(n.id) ?? [],
          capturedAt: n.captured_at,
        })),
    })),
  };
}
