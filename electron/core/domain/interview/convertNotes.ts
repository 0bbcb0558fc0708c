import type Database from 'better-sqlite3';
import { AppError } from '../../../../src/shared/errors';
import type { ConversionKind, ItemRef, Note } from '../../../../src/shared/model/interview';
import type { Horizon } from '../../../../src/shared/model/objectives';
import { sql } from '../../store/statements';
import { addLink, itemLabel, removeLink } from '../links';
import { createObjective } from '../objectives/objectives';
import { getNote } from './notes';
import { nextPosition } from '../positions';
import { newActionId } from '../plan/actions';

export type PersonaTraitKind = 'goal' | 'frustration' | 'motivation' | 'objection';

export interface ConvertInput {
  noteIds: number[];
  into: ConversionKind;
  /** The new item's title; by default the first note's text. */
  title?: string;
  horizon?: Horizon;
  /** persona_trait: the persona that receives the trait (a new persona is created when absent). */
  personaId?: number;
  personaName?: string;
  traitKind?: PersonaTraitKind;
}

const TITLE_MAX = 200;

/** First sentence-ish of a note, short enough for a title. */
export function titleFrom(body: string): string {
  const line = body.split('\n')[0]!.trim();
  return line.length <= TITLE_MAX ? line : `${line.slice(0, TITLE_MAX - 1).trimEnd()}…`;
}

function createItem(db: Database.Database, input: ConvertInput, notes: Note[], now: number): { kind: ConversionKind; id: number } {
  const title = input.title?.trim() || titleFrom(notes[0]!.body);
  const detail = notes.map((note) => note.body).join('\n');
  switch (input.into) {
    case 'objective':
      return { kind: 'objective', id: createObjective(db, { statement: title, horizon: input.horizon ?? 'short', status: 'draft' }, now).id };
    case 'competitor': {
      const id = sql(db, 'INSERT INTO competitors (name, notes, position, created_at) VALUES (?, ?, ?, ?)').run(title, detail, nextPosition(db, 'competitors'), now)
        .lastInsertRowid;
      return { kind: 'competitor', id: Number(id) };
    }
    case 'risk': {
      const id = sql(db, 'INSERT INTO risks (title, description, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
        title,
        detail,
        nextPosition(db, 'risks'),
        now,
        now,
      ).lastInsertRowid;
      return { kind: 'risk', id: Number(id) };
    }
    case 'action': {
      const id = sql(db, 'INSERT INTO actions (id, title, description, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        newActionId(db),
        title,
        detail,
        nextPosition(db, 'actions'),
        now,
        now,
      ).lastInsertRowid;
      return { kind: 'action', id: Number(id) };
    }
    case 'persona_trait': {
      let personaId = input.personaId;
      if (personaId === undefined) {
        personaId = Number(
          sql(db, 'INSERT INTO personas (name, position, created_at, updated_at) VALUES (?, ?, ?, ?)').run(
            input.personaName?.trim() || 'Persona',
            nextPosition(db, 'personas'),
            now,
            now,
          ).lastInsertRowid,
        );
      } else if (!sql(db, 'SELECT 1 FROM personas WHERE id = ?').get(personaId)) {
        throw new AppError('NOT_FOUND', { what: `persona ${personaId}` });
      }
      const id = sql(db, 'INSERT INTO persona_traits (persona_id, kind, text, position) VALUES (?, ?, ?, ?)').run(
        personaId,
        input.traitKind ?? 'goal',
        title,
        nextPosition(db, 'persona_traits', personaId),
      ).lastInsertRowid;
      return { kind: 'persona_trait', id: Number(id) };
    }
  }
}

/**
 * One action: one or several notes become a new item (draft objective,
 * competitor, persona trait, risk, action), each note linked to it. Both sides
 * read the same links: the note's `became`, the item's sources.
 */
export function convertNotes(db: Database.Database, input: ConvertInput, now: number): ItemRef {
  if (input.noteIds.length === 0) throw new AppError('INVALID_PAYLOAD', { field: 'noteIds' });
  const notes = input.noteIds.map((id) => getNote(db, id));
  const item = createItem(db, input, notes, now);
  for (const note of notes) addLink(db, { kind: 'note', id: note.id }, item, now);
  return { ...item, label: itemLabel(db, item.kind, item.id) ?? '' };
}

/** Another note feeding an existing item ("several notes can feed one item"). */
export function linkNoteToItem(db: Database.Database, noteId: number, item: { kind: ConversionKind; id: number }, now: number): Note {
  getNote(db, noteId);
  if (itemLabel(db, item.kind, item.id) === null) throw new AppError('NOT_FOUND', { what: `${item.kind} ${item.id}` });
  addLink(db, { kind: 'note', id: noteId }, item, now);
  return getNote(db, noteId);
}

export function unlinkNoteFromItem(db: Database.Database, noteId: number, item: { kind: ConversionKind; id: number }): Note {
  removeLink(db, { kind: 'note', id: noteId }, item);
  return getNote(db, noteId);
}
