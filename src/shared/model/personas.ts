/** Personas: who the plan speaks to. */
import type { ItemRef } from './interview';

export const TRAIT_KINDS = ['goal', 'frustration', 'motivation', 'objection'] as const;
export type TraitKind = (typeof TRAIT_KINDS)[number];
export const JOURNEY_STAGES = ['awareness', 'consideration', 'decision', 'loyalty'] as const;
export type JourneyStage = (typeof JOURNEY_STAGES)[number];

export interface PersonaFields {
  name: string;
  ageRange: string;
  job: string;
  situation: string;
  bio: string;
  quote: string;
  importance: 'primary' | 'secondary';
  buyingBehaviour: string;
  journeyStage: JourneyStage | null;
}

export interface PersonaTrait {
  id: number;
  kind: TraitKind;
  text: string;
}

/** A platform is one of the audit's channels or a free label. */
export interface PersonaPlatform {
  id: number;
  channelId: number | null;
  label: string;
}

export interface Persona extends PersonaFields {
  id: number;
  photoImageId: number | null;
  traits: PersonaTrait[];
  platforms: PersonaPlatform[];
  objectiveIds: number[];
  actionIds: number[];
  /** Notes it was fed from (traceability). */
  sources: ItemRef[];
  updatedAt: number;
}

/** An interview note tagged #persona, offered on the persona sheet as material for a trait. */
export interface PersonaNote {
  id: number;
  body: string;
  sessionTitle: string;
}
