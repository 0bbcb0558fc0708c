import type { imagesContract } from '../../../../src/shared/contract/imagesContract';
import { getImageData } from '../../domain/images/imageStore';
import type { Handlers } from '../handlerTypes';

export const imagesHandlers: Handlers<typeof imagesContract> = {
  'image:get': (input, ctx) => ctx.sessions.get(input.engagementId).read((db) => getImageData(db, input.id)),
};
