import type Database from 'better-sqlite3';
import { AppError } from '../../../../src/shared/errors';
import type { ImageData, ImageInfo, ImageMime } from '../../../../src/shared/model/images';
import { sql } from '../../store/statements';
import type { PreparedImage } from './prepareImage';

interface ImageRow {
  id: number;
  mime: ImageMime;
  width: number;
  height: number;
  byte_size: number;
  alt_text: string;
  data?: Buffer;
}

const toInfo = (row: ImageRow): ImageInfo => ({ id: row.id, mime: row.mime, width: row.width, height: row.height, byteSize: row.byte_size, altText: row.alt_text });

/** Stores a prepared image once: the same picture pasted twice is one row (sha256 of the stored bytes). */
export function insertImage(db: Database.Database, image: PreparedImage, altText: string, now: number): ImageInfo {
  const existing = sql<[string], ImageRow>(db, 'SELECT id, mime, width, height, byte_size, alt_text FROM images WHERE sha256 = ?').get(image.sha256);
  if (existing) return toInfo(existing);
  const id = Number(
    sql(db, 'INSERT INTO images (sha256, mime, width, height, byte_size, data, alt_text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      image.sha256,
      image.mime,
      image.width,
      image.height,
      image.data.byteLength,
      image.data,
      altText,
      now,
    ).lastInsertRowid,
  );
  return getImageInfo(db, id);
}

export function getImageInfo(db: Database.Database, id: number): ImageInfo {
  const row = sql<[number], ImageRow>(db, 'SELECT id, mime, width, height, byte_size, alt_text FROM images WHERE id = ?').get(id);
  if (!row) throw new AppError('NOT_FOUND', { what: `image ${id}` });
  return toInfo(row);
}

export function getImageData(db: Database.Database, id: number): ImageData {
  const row = sql<[number], ImageRow>(db, 'SELECT id, mime, width, height, byte_size, alt_text, data FROM images WHERE id = ?').get(id);
  if (!row?.data) throw new AppError('NOT_FOUND', { what: `image ${id}` });
  return { ...toInfo(row), base64: row.data.toString('base64') };
}

/** Removes an image no screen refers to any more (called after a detach). */
export function dropImageIfUnused(db: Database.Database, id: number): void {
  sql(
    db,
    `DELETE FROM images WHERE id = @id
       AND NOT EXISTS (SELECT 1 FROM audit_images WHERE image_id = @id)
       AND NOT EXISTS (SELECT 1 FROM personas WHERE photo_image_id = @id)
       AND NOT EXISTS (SELECT 1 FROM competitors WHERE logo_image_id = @id)
       AND NOT EXISTS (SELECT 1 FROM engagement WHERE client_logo_image_id = @id)`,
  ).run({ id });
}
