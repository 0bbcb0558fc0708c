import { z } from 'zod';
import type { ImageData } from '../model/images';
import { method } from './define';
import { engagementId, rowId } from './fields';

/**
 * An image crosses the API as base64. The ceiling here only stops absurd payloads;
 * the real limits (20 MB, 40 Mpx, type) are checked by the core with a clear code.
 */
export const imageBase64 = z.string().min(1, 'image vide').max(40_000_000, 'image trop lourde (20 Mo au plus)');

export const imagesContract = {
  /** An image stored in the engagement, for a data URL on screen. */
  'image:get': method(z.object({ engagementId, id: rowId }).strict()).returns<ImageData>(),
};
