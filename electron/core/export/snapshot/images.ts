import type Database from 'better-sqlite3';
import { rows } from './rows';

export interface SnapshotImage {
  id: number;
  sha256: string;
  mime: 'image/png' | 'image/jpeg' | 'image/webp' | 'image/gif';
  width: number;
  height: number;
  altText: string;
  data: Uint8Array;
}

/** Only the images the deliverables show (logos, evidence, persona photos), with their bytes. */
export function readImages(db: Database.Database): Record<number, SnapshotImage> {
  const list = rows<{ id: number; sha256: string; mime: SnapshotImage['mime']; width: number; height: number; alt_text: string; data: Buffer }>(
    db,
    `SELECT id, sha256, mime, width, height, alt_text, data FROM images WHERE id IN (
       SELECT client_logo_image_id FROM engagement
       UNION SELECT image_id FROM audit_images
       UNION SELECT photo_image_id FROM personas
       UNION SELECT logo_image_id FROM competitors)`,
  );
  const out: Record<number, SnapshotImage> = {};
  for (const row of list) {
    out[row.id] = {
      id: row.id, sha256: row.sha256, mime: row.mime, width: row.width, height: row.height, altText: row.alt_text,
      data: new Uint8Array(row.data),
    };
  }
  return out;
}
