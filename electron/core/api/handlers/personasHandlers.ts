import type { personasContract } from '../../../../src/shared/contract/personasContract';
import { insertImage } from '../../domain/images/imageStore';
import { decodeBase64, prepareImage } from '../../domain/images/prepareImage';
import { listPersonaNotes } from '../../domain/personas/personaNotes';
import { getPersona, listPersonas } from '../../domain/personas/personaRead';
import {
  addPlatform, addTrait, createPersona, deletePersona, deleteTrait, duplicatePersona, feedFromNote, removePlatform, setPersonaLinks, setPersonaPhoto, updatePersona, updateTrait,
} from '../../domain/personas/personas';
import type { CallContext } from '../context';
import type { Handlers } from '../handlerTypes';

const session = (input: { engagementId: string }, ctx: CallContext) => ctx.sessions.get(input.engagementId);

export const personasHandlers: Handlers<typeof personasContract> = {
  'persona:list': (input, ctx) => session(input, ctx).read((db) => listPersonas(db)),
  'persona:taggedNotes': (input, ctx) => session(input, ctx).read((db) => listPersonaNotes(db)),
  'persona:create': (input, ctx) => session(input, ctx).write((db) => createPersona(db, input.persona, ctx.now())),
  'persona:update': (input, ctx) => session(input, ctx).write((db) => updatePersona(db, input.id, input.patch, ctx.now())),
  'persona:delete': (input, ctx) => ({ deleted: session(input, ctx).write((db) => deletePersona(db, input.id)) }),
  'persona:duplicate': (input, ctx) => session(input, ctx).write((db) => duplicatePersona(db, input.id, input.name, ctx.now())),
  'persona:setPhoto': async (input, ctx) => {
    const target = session(input, ctx);
    const prepared = input.data === null ? null : await prepareImage(decodeBase64(input.data));
    return target.write((db) => {
      const name = getPersona(db, input.id).name;
      return setPersonaPhoto(db, input.id, prepared ? insertImage(db, prepared, name, ctx.now()).id : null, ctx.now());
    });
  },
  'persona:addTrait': (input, ctx) => session(input, ctx).write((db) => addTrait(db, input.personaId, input.kind, input.text, ctx.now())),
  'persona:updateTrait': (input, ctx) => session(input, ctx).write((db) => updateTrait(db, input.id, input.patch, ctx.now())),
  'persona:deleteTrait': (input, ctx) => session(input, ctx).write((db) => deleteTrait(db, input.id, ctx.now())),
  'persona:addPlatform': (input, ctx) => session(input, ctx).write((db) => addPlatform(db, input.personaId, { channelId: input.channelId, label: input.label }, ctx.now())),
  'persona:removePlatform': (input, ctx) => session(input, ctx).write((db) => removePlatform(db, input.id, ctx.now())),
  'persona:setObjectives': (input, ctx) => session(input, ctx).write((db) => setPersonaLinks(db, input.id, 'objective', input.ids, ctx.now())),
  'persona:setActions': (input, ctx) => session(input, ctx).write((db) => setPersonaLinks(db, input.id, 'action', input.ids, ctx.now())),
  'persona:feedFromNote': (input, ctx) => session(input, ctx).write((db) => feedFromNote(db, input.noteId, input.personaId, input.kind, ctx.now())),
};
