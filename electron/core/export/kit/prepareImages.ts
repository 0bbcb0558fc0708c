import sharp from 'sharp';
import type { EngagementSnapshot } from '../snapshot';
import type { PreparedImage } from './context';

/** Longest side kept for photos and screenshots: ~200 dpi at the largest size the deliverables print them. */
const MAX_SIDE = 1400;

/** Images compressed at once: sharp works on libuv's pool (4 threads), more only queue and hold memory. */
const CONCURRENCY = 4;

/**
 * Checks and downscales the images the deliverables show (`ids`; all of them when absent).
 * Anything sharp cannot decode is left out (the deliverable then shows no picture there)
 * rather than embedded as is.
 */
export async function prepareImages(snapshot: EngagementSnapshot, ids?: ReadonlySet<number>): Promise<Record<number, PreparedImage>> {
  const queue = Object.values(snapshot.images).filter((image) => !ids || ids.has(image.id));
  const out: Record<number, PreparedImage> = {};
  const worker = async () => {
    for (let image = queue.shift(); image; image = queue.shift()) {
      const prepared = await prepareImage(image.data);
      if (prepared) out[image.id] = prepared;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return out;
}

export async function prepareImage(data: Uint8Array): Promise<PreparedImage | null> {
  try {
    const input = sharp(data, { limitInputPixels: 80_000_000, failOn: 'error' }).rotate();
    const meta = await input.metadata();
    const opaque = !meta.hasAlpha;
    const resized = input.resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true });
    const { data: bytes, info } = opaque
      ? await resized.flatten({ background: '#ffffff' }).jpeg({ quality: 82, mozjpeg: true }).toBuffer({ resolveWithObject: true })
      : await resized.png({ compressionLevel: 9 }).toBuffer({ resolveWithObject: true });
    return { type: opaque ? 'jpg' : 'png', data: new Uint8Array(bytes), width: info.width, height: info.height };
  } catch {
    return null;
  }
}

/** The consultant's logo arrives as a data URL from the branding profile. */
export async function prepareDataUrl(dataUrl: string | null): Promise<PreparedImage | null> {
  if (!dataUrl) return null;
  const match = /^data:image\/(png|jpeg);base64,(.+)$/.exec(dataUrl);
  if (!match) return null;
  return prepareImage(Buffer.from(match[2]!, 'base64'));
}
