import type Database from 'better-sqlite3';
import { AppError } from '../../../../src/shared/errors';
import type { Persona, PersonaFields, PersonaPlatform, PersonaTrait } from '../../../../src/shared/model/personas';
import { sql } from '../../store/statements';
import { linksTo } from '../links';

interface PersonaRow {
  id: number; name: string; photo_image_id: number | null; age_range: string; job: string; situation: string; bio: string; quote: string;
  importance: PersonaFields['importance']; buying_behaviour: string; journey_stage: PersonaFields['journeyStage']; updated_at: number;
}

export const PERSONA_COLUMNS: Record<keyof PersonaFields, string> = {
  name: 'name', ageRange: 'age_range', job: 'job', situation: 'situation', bio: 'bio', quote: 'quote',
  importance: 'importance', buyingBehaviour: 'buying_behaviour', journeyStage: 'journey_stage',
};

function toPersona(db: Database.Database, r: PersonaRow): Persona {
  const traits = sql<[number], PersonaTrait>(db, 'SELECT id, kind, text FROM persona_traits WHERE persona_id = ? ORDER BY position, id').all(r.id);
  // A platform chosen from the audit shows the channel's current name.
  const platforms = sql<[number], PersonaPlatform>(
    db,
    `SELECT p.id, p.channel_id AS channelId, coalesce(c.name, p.label) AS label
       FROM persona_platforms p LEFT JOIN audit_channels c ON c.id = p.channel_id WHERE p.persona_id = ? ORDER BY p.position, p.id`,
  ).all(r.id);
  return {
    id: r.id, name: r.name, photoImageId: r.photo_image_id, ageRange: r.age_range, job: r.job, situation: r.situation, bio: r.bio, quote: r.quote,
    importance: r.importance, buyingBehaviour: r.buying_behaviour, journeyStage: r.journey_stage, updatedAt: r.updated_at,
    traits, platforms,
    objectiveIds: sql<[number], number>(db, 'SELECT objective_id FROM objective_personas WHERE persona_id = ? ORDER BY objective_id').pluck().all(r.id),
    actionIds: sql<[number], number>(db, 'SELECT action_id FROM action_personas WHERE persona_id = ? ORDER BY action_id').pluck().all(r.id),
    sources: [
      ...linksTo(db, 'persona', r.id),
      ...traits.flatMap((t) => linksTo(db, 'persona_trait', t.id)),
    ].filter((link, i, all) => link.kind === 'note' && all.findIndex((o) => o.kind === link.kind && o.id === link.id) === i),
  };
}

/** Primary personas first, then the consultant's order. */
export function listPersonas(db: Database.Database): Persona[] {
  return sql<[], PersonaRow>(db, `SELECT * FROM personas ORDER BY importance = 'secondary', position, id`).all().map((r) => toPersona(db, r));
}

export function getPersona(db: Database.Database, id: number): Persona {
  const row = sql<[number], PersonaRow>(db, 'SELECT * FROM personas WHERE id = ?').get(id);
  if (!row) throw new AppError('NOT_FOUND', { what: `persona ${id}` });
  return toPersona(db, row);
}
