import type Database from 'better-sqlite3';
import { AppError } from '../../../../src/shared/errors';
import type { Persona, PersonaFields, TraitKind } from '../../../../src/shared/model/personas';
import { sql } from '../../store/statements';
import { dropImageIfUnused } from '../images/imageStore';
import { addLink } from '../links';
import { updateColumns } from '../patch';
import { nextPosition } from '../positions';
import { PERSONA_COLUMNS, getPersona } from './personaRead';

const touch = (db: Database.Database, id: number, now: number) => sql(db, 'UPDATE personas SET updated_at = ? WHERE id = ?').run(now, id);

export function createPersona(db: Database.Database, fields: Partial<PersonaFields> & { name: string }, now: number): Persona {
  const id = Number(
    sql(db, 'INSERT INTO personas (name, position, created_at, updated_at) VALUES (?, ?, ?, ?)').run(fields.name, nextPosition(db, 'personas'), now, now).lastInsertRowid,
  );
  updateColumns(db, 'personas', PERSONA_COLUMNS, fields, { id });
  return getPersona(db, id);
}

export function updatePersona(db: Database.Database, id: number, patch: Partial<PersonaFields>, now: number): Persona {
  getPersona(db, id);
  updateColumns(db, 'personas', PERSONA_COLUMNS, patch, { id }, { updated_at: now });
  return getPersona(db, id);
}

export function deletePersona(db: Database.Database, id: number): boolean {
  const photo = getPersona(db, id).photoImageId;
  const deleted = sql(db, 'DELETE FROM personas WHERE id = ?').run(id).changes > 0;
  if (photo !== null) dropImageIfUnused(db, photo);
  return deleted;
}

/** A copy to start a neighbouring persona from: fields, photo, traits and platforms; links to objectives and actions are not copied. */
export function duplicatePersona(db: Database.Database, id: number, copyName: string, now: number): Persona {
  const source = getPersona(db, id);
  const { id: _id, traits, platforms, objectiveIds: _o, actionIds: _a, sources: _s, updatedAt: _u, photoImageId, ...fields } = source;
  const copy = createPersona(db, { ...fields, name: copyName }, now);
  sql(db, 'UPDATE personas SET photo_image_id = ? WHERE id = ?').run(photoImageId, copy.id);
  traits.forEach((t, i) => sql(db, 'INSERT INTO persona_traits (persona_id, kind, text, position) VALUES (?, ?, ?, ?)').run(copy.id, t.kind, t.text, i + 1));
  platforms.forEach((p, i) =>
    sql(db, 'INSERT INTO persona_platforms (persona_id, channel_id, label, position) VALUES (?, ?, ?, ?)').run(copy.id, p.channelId, p.channelId ? '' : p.label, i + 1),
  );
  return getPersona(db, copy.id);
}

export function setPersonaPhoto(db: Database.Database, id: number, imageId: number | null, now: number): Persona {
  const previous = getPersona(db, id).photoImageId;
  sql(db, 'UPDATE personas SET photo_image_id = ?, updated_at = ? WHERE id = ?').run(imageId, now, id);
  if (previous !== null && previous !== imageId) dropImageIfUnused(db, previous);
  return getPersona(db, id);
}

export function addTrait(db: Database.Database, personaId: number, kind: TraitKind, text: string, now: number): Persona {
  getPersona(db, personaId);
  sql(db, 'INSERT INTO persona_traits (persona_id, kind, text, position) VALUES (?, ?, ?, ?)').run(personaId, kind, text, nextPosition(db, 'persona_traits', personaId));
  touch(db, personaId, now);
  return getPersona(db, personaId);
}

function personaOfTrait(db: Database.Database, id: number): number {
  const personaId = sql<[number], number>(db, 'SELECT persona_id FROM persona_traits WHERE id = ?').pluck().get(id);
  if (personaId === undefined) throw new AppError('NOT_FOUND', { what: `persona trait ${id}` });
  return personaId;
}

export function updateTrait(db: Database.Database, id: number, patch: { text?: string; kind?: TraitKind }, now: number): Persona {
  const personaId = personaOfTrait(db, id);
  updateColumns(db, 'persona_traits', { text: 'text', kind: 'kind' }, patch, { id });
  touch(db, personaId, now);
  return getPersona(db, personaId);
}

export function deleteTrait(db: Database.Database, id: number, now: number): Persona {
  const personaId = personaOfTrait(db, id);
  sql(db, 'DELETE FROM persona_traits WHERE id = ?').run(id);
  touch(db, personaId, now);
  return getPersona(db, personaId);
}

/** A platform is one of the audit's channels (the plan suggests it first) or a free label (a forum, a trade fair…). */
export function addPlatform(db: Database.Database, personaId: number, platform: { channelId: number | null; label: string }, now: number): Persona {
  getPersona(db, personaId);
  if (platform.channelId !== null && !sql(db, 'SELECT 1 FROM audit_channels WHERE id = ?').get(platform.channelId)) {
    throw new AppError('NOT_FOUND', { what: `audit channel ${platform.channelId}` });
  }
  const duplicate = platform.channelId !== null
    ? sql(db, 'SELECT 1 FROM persona_platforms WHERE persona_id = ? AND channel_id = ?').get(personaId, platform.channelId)
    : sql(db, 'SELECT 1 FROM persona_platforms WHERE persona_id = ? AND channel_id IS NULL AND lower(label) = lower(?)').get(personaId, platform.label);
  if (!duplicate) {
    sql(db, 'INSERT INTO persona_platforms (persona_id, channel_id, label, position) VALUES (?, ?, ?, ?)').run(
      personaId, platform.channelId, platform.label, nextPosition(db, 'persona_platforms', personaId),
    );
  }
  touch(db, personaId, now);
  return getPersona(db, personaId);
}

export function removePlatform(db: Database.Database, id: number, now: number): Persona {
  const personaId = sql<[number], number>(db, 'SELECT persona_id FROM persona_platforms WHERE id = ?').pluck().get(id);
  if (personaId === undefined) throw new AppError('NOT_FOUND', { what: `persona platform ${id}` });
  sql(db, 'DELETE FROM persona_platforms WHERE id = ?').run(id);
  touch(db, personaId, now);
  return getPersona(db, personaId);
}

/** Replaces the persona's objectives or actions with the given set. */
export function setPersonaLinks(db: Database.Database, personaId: number, kind: 'objective' | 'action', ids: number[], now: number): Persona {
  getPersona(db, personaId);
  const [table, column, owner] = kind === 'objective' ? ['objective_personas', 'objective_id', 'objectives'] : ['action_personas', 'action_id', 'actions'];
  sql(db, `DELETE FROM ${table} WHERE persona_id = ?`).run(personaId);
  for (const id of new Set(ids)) {
    if (!sql(db, `SELECT 1 FROM ${owner} WHERE id = ?`).get(id)) throw new AppError('NOT_FOUND', { what: `${kind} ${id}` });
    sql(db, `INSERT INTO ${table} (${column}, persona_id) VALUES (?, ?)`).run(id, personaId);
  }
  touch(db, personaId, now);
  return getPersona(db, personaId);
}

/** A note tagged #persona feeds a persona: a trait from its text, and the note → persona link kept. */
export function feedFromNote(db: Database.Database, noteId: number, personaId: number, kind: TraitKind, now: number): Persona {
  const body = sql<[number], string>(db, 'SELECT body FROM notes WHERE id = ? AND deleted_at IS NULL').pluck().get(noteId);
  if (body === undefined) throw new AppError('NOT_FOUND', { what: `note ${noteId}` });
  getPersona(db, personaId);
  const text = body.replace(/(^|\s)#[\p{L}_-]+/gu, ' ').replace(/\s+/g, ' ').trim() || body;
  const traitId = Number(
    sql(db, 'INSERT INTO persona_traits (persona_id, kind, text, position) VALUES (?, ?, ?, ?)').run(personaId, kind, text, nextPosition(db, 'persona_traits', personaId)).lastInsertRowid,
  );
  addLink(db, { kind: 'note', id: noteId }, { kind: 'persona', id: personaId }, now);
  addLink(db, { kind: 'note', id: noteId }, { kind: 'persona_trait', id: traitId }, now);
  touch(db, personaId, now);
  return getPersona(db, personaId);
}
