import { z } from 'zod';
import type { Persona, PersonaNote } from '../model/personas';
import { JOURNEY_STAGES, TRAIT_KINDS } from '../model/personas';
import { method } from './define';
import { engagementId, longText, requiredText, rowId, shortText } from './fields';
import { imageBase64 } from './imagesContract';

const e = { engagementId };
const byId = z.object({ ...e, id: rowId }).strict();
const personaFields = z.object({
  name: requiredText('nom requis'),
  ageRange: shortText,
  job: shortText,
  situation: longText,
  bio: longText,
  quote: longText,
  importance: z.enum(['primary', 'secondary']),
  buyingBehaviour: longText,
  journeyStage: z.enum(JOURNEY_STAGES).nullable(),
});

export const personasContract = {
  'persona:list': method(z.object(e).strict()).returns<Persona[]>(),
  'persona:create': method(z.object({ ...e, persona: personaFields.partial().required({ name: true }).strict() }).strict()).returns<Persona>(),
  'persona:update': method(z.object({ ...e, id: rowId, patch: personaFields.partial().strict() }).strict()).returns<Persona>(),
  'persona:delete': method(byId).returns<{ deleted: boolean }>(),
  'persona:duplicate': method(z.object({ ...e, id: rowId, name: requiredText('nom requis') }).strict()).returns<Persona>(),
  'persona:setPhoto': method(z.object({ ...e, id: rowId, data: imageBase64.nullable() }).strict()).returns<Persona>(),
  'persona:addTrait': method(z.object({ ...e, personaId: rowId, kind: z.enum(TRAIT_KINDS), text: requiredText('texte requis') }).strict()).returns<Persona>(),
  'persona:updateTrait': method(z.object({ ...e, id: rowId, patch: z.object({ text: requiredText('texte requis'), kind: z.enum(TRAIT_KINDS) }).partial().strict() }).strict()).returns<Persona>(),
  'persona:deleteTrait': method(byId).returns<Persona>(),
  'persona:addPlatform': method(
    z.object({ ...e, personaId: rowId, channelId: rowId.nullable(), label: shortText.default('') }).strict().refine((v) => v.channelId !== null || v.label.trim() !== '', { message: 'plateforme requise', path: ['label'] }),
  ).returns<Persona>(),
  'persona:removePlatform': method(byId).returns<Persona>(),
  'persona:setObjectives': method(z.object({ ...e, id: rowId, ids: z.array(rowId).max(500) }).strict()).returns<Persona>(),
  'persona:setActions': method(z.object({ ...e, id: rowId, ids: z.array(rowId).max(2000) }).strict()).returns<Persona>(),
  /** The interview notes tagged #persona, to feed a persona from its sheet. */
  'persona:taggedNotes': method(z.object(e).strict()).returns<PersonaNote[]>(),
  /** A #persona note becomes a trait of the persona; the note stays linked. */
  'persona:feedFromNote': method(z.object({ ...e, noteId: rowId, personaId: rowId, kind: z.enum(TRAIT_KINDS) }).strict()).returns<Persona>(),
};
