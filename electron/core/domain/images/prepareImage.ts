import crypto from 'node:crypto';
import sharp from 'sharp';
import { AppError } from '../../../../src/shared/errors';
import { IMAGE_LIMITS, type ImageMime } from '../../../../src/shared/model/images';
import { sniffImage } from './sniffImage';

export interface PreparedImage {
  mime: ImageMime;
  width: number;
  height: number;
  data: Buffer;
  sha256: string;
}

const mb = (bytes: number) => `${Math.ceil(bytes / 1048576)} Mo`;

/**
 * Checks and normalises an image before it enters the file: real type sniffed from
 * its bytes, size and pixel limits, EXIF rotation applied, downscaled to 1600 px at
 * most and re-encoded, which drops every metadata block (GPS position, camera…).
 * Runs before the write transaction: sharp is asynchronous and the file stays untouched
 * when anything here fails.
 */
export async function prepareImage(input: Uint8Array): Promise<PreparedImage> {
  if (input.byteLength === 0) throw new AppError('UNSUPPORTED_IMAGE', { reason: 'empty' });
  if (input.byteLength > IMAGE_LIMITS.maxInputBytes) {
    throw new AppError('IMAGE_TOO_LARGE', { size: mb(input.byteLength), limit: mb(IMAGE_LIMITS.maxInputBytes) });
  }
  const sniffed = sniffImage(input);
  if (!sniffed) throw new AppError('UNSUPPORTED_IMAGE', { reason: 'type' });
  const source = () => sharp(input, { limitInputPixels: IMAGE_LIMITS.maxPixels, failOn: 'error', animated: false });
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
  try {
    // The header alone gives the size: read it without the pixel limit so the refusal can say how large the picture is.
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw refusal(error);
  }
  const pixels = (meta.width ?? 0) * (meta.height ?? 0);
  if (pixels > IMAGE_LIMITS.maxPixels) {
    throw new AppError('IMAGE_TOO_LARGE', { size: `${Math.round(pixels / 1e6)} Mpx`, limit: `${IMAGE_LIMITS.maxPixels / 1e6} Mpx` });
  }
  // GIF keeps its first frame as PNG: one still picture is what a report can print.
  const mime: ImageMime = sniffed === 'image/gif' ? 'image/png' : sniffed;
  let pipeline = source().rotate().resize({ width: IMAGE_LIMITS.maxSide, height: IMAGE_LIMITS.maxSide, fit: 'inside', withoutEnlargement: true });
  pipeline = mime === 'image/jpeg' ? pipeline.jpeg({ quality: 85, mozjpeg: true }) : mime === 'image/webp' ? pipeline.webp({ quality: 85 }) : pipeline.png({ compressionLevel: 9 });
  try {
    const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
    return { mime, width: info.width, height: info.height, data, sha256: crypto.createHash('sha256').update(data).digest('hex') };
  } catch (error) {
    throw refusal(error);
  }
}

/** sharp enforces `limitInputPixels` itself; its message is the only sign of which limit was hit. */
function refusal(error: unknown): AppError {
  if (error instanceof Error && /pixel limit/i.test(error.message)) {
    return new AppError('IMAGE_TOO_LARGE', { size: `> ${IMAGE_LIMITS.maxPixels / 1e6} Mpx`, limit: `${IMAGE_LIMITS.maxPixels / 1e6} Mpx` }, error);
  }
  return new AppError('UNSUPPORTED_IMAGE', { reason: 'unreadable' }, error);
}

/** Images cross the API as base64; anything else in the string is refused, not ignored. */
export function decodeBase64(text: string): Buffer {
  const clean = text.replace(/^data:[^,]*,/, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) throw new AppError('UNSUPPORTED_IMAGE', { reason: 'encoding' });
  return Buffer.from(clean, 'base64');
}
