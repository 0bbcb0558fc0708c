import type Database from 'better-sqlite3';
import type { PersonaNote } from '../../../../src/shared/model/personas';
import { sql } from '../../store/statements';

/** Every live interview note tagged #persona, in interview order: what a persona can be fed from. */
export function listPersonaNotes(db: Database.Database): PersonaNote[] {
  return sql<[], PersonaNote>(
    db,
    `SELECT n.id, n.body, s.title AS sessionTitle
       FROM notes n
       JOIN note_tags t ON t.note_id = n.id AND t.tag = 'persona'
       JOIN interview_sessions s ON s.id = n.session_id
      WHERE n.deleted_at IS NULL
      ORDER BY s.held_on IS NULL, s.held_on, s.id, n.position, n.id`,
  ).all();
}
