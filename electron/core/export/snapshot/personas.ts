import type Database from 'better-sqlite3';
import { rows } from './rows';

export type TraitKind = 'goal' | 'frustration' | 'motivation' | 'objection';

export interface SnapshotPersona {
  id: number;
  name: string;
  photoImageId: number | null;
  ageRange: string;
  job: string;
  situation: string;
  bio: string;
  quote: string;
  importance: 'primary' | 'secondary';
  buyingBehaviour: string;
  journeyStage: 'awareness' | 'consideration' | 'decision' | 'loyalty' | null;
  traits: { id: number; kind: TraitKind; text: string }[];
  platforms: string[];
}

export interface PersonasPart {
  personas: SnapshotPersona[];
}

export function readPersonasPart(db: Database.Database): PersonasPart {
  const traits = rows<{ id: number; persona_id: number; kind: TraitKind; text: string }>(
    db, 'SELECT * FROM persona_traits ORDER BY persona_id, kind, position, id');
  const platforms = rows<{ persona_id: number; label: string; channel: string | null }>(
    db,
    `SELECT p.persona_id, p.label, c.name AS channel FROM persona_platforms p
       LEFT JOIN audit_channels c ON c.id = p.channel_id ORDER BY p.persona_id, p.position, p.id`,
  );
  const list = rows<{
    id: number; name: string; photo_image_id: number | null; age_range: string; job: string; situation: string;
    bio: string; quote: string; importance: SnapshotPersona['importance']; buying_behaviour: string;
    journey_stage: SnapshotPersona['journeyStage'];
  }>(db, "SELECT * FROM personas ORDER BY CASE importance WHEN 'primary' THEN 0 ELSE 1 END, position, id");
  return {
    personas: list.map((p) => ({
      id: p.id, name: p.name, photoImageId: p.photo_image_id, ageRange: p.age_range, job: p.job,
      situation: p.situation, bio: p.bio, quote: p.quote, importance: p.importance,
      buyingBehaviour: p.buying_behaviour, journeyStage: p.journey_stage,
      traits: traits.filter((t) => t.persona_id === p.id).map((t) => ({ id: t.id, kind: t.kind, text: t.text })),
      platforms: platforms.filter((x) => x.persona_id === p.id).map((x) => x.label || x.channel || '').filter(Boolean),
    })),
  };
}
