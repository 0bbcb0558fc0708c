import type Database from 'better-sqlite3';
import { at } from './demoClock';
import { SESSION } from './demoIds';
import { insertRows } from './insertRows';
import type { DemoNote } from './demoNoteTypes';
import { q } from './interviewPart';
import { LAUNCH_NOTES } from './notesLaunch';
import { WORKSHOP_NOTES } from './notesWorkshop';

const L = SESSION.launch;

/** The notes as typed during the two interviews, in order; ids are 1…n. */
const NOTES: DemoNote[] = [...LAUNCH_NOTES, ...WORKSHOP_NOTES];

/** Note ids by key, for traceability links. */
export const NOTE: Record<string, number> = Object.fromEntries(
  NOTES.flatMap((note, index) => (note.key ? [[note.key, index + 1]] : [])),
);

export function seedNotes(db: Database.Database): void {
  const day = (session: number) => (session === L ? '2026-02-05' : '2026-02-12');
  insertRows(
    db,
    'notes',
    NOTES.map((note, index) => {
      const captured = at(`${day(note.session)} ${note.time}`);
      return {
        id: index + 1,
        session_id: note.session,
        body: note.body,
        question_id: note.question ? q(note.question[0], note.question[1]) : null,
        position: index + 1,
        captured_at: captured,
        updated_at: note.deleted ? at(note.deleted) : captured,
        deleted_at: note.deleted ? at(note.deleted) : null,
      };
    }),
  );
  insertRows(
    db,
    'note_tags',
    NOTES.flatMap((note, index) => note.tags.map((tag) => ({ note_id: index + 1, tag }))),
  );
}
