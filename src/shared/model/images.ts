/** Images stored inside the engagement file (screenshots, photos, logos). */
export const IMAGE_LIMITS = {
  /** Bytes accepted as input (before downscaling). */
  maxInputBytes: 20 * 1024 * 1024,
  maxPixels: 40_000_000,
  /** Longest side once stored. */
  maxSide: 1600,
} as const;

export type ImageMime = 'image/png' | 'image/jpeg' | 'image/webp' | 'image/gif';

export interface ImageInfo {
  id: number;
  mime: ImageMime;
  width: number;
  height: number;
  byteSize: number;
  altText: string;
}

export interface ImageData extends ImageInfo {
  base64: string;
}
