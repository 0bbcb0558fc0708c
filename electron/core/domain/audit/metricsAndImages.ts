import type Database from 'better-sqlite3';
import type { AuditChannel } from '../../../../src/shared/model/audit';
import { sql } from '../../store/statements';
import { dropImageIfUnused } from '../images/imageStore';
import { updateColumns } from '../patch';
import { nextPosition } from '../positions';
import { channelOf, readChannel } from './auditRead';

/** Quick KPI figures per channel (audience, engagement rate…) with the date they were read. */
export interface MetricFields {
  label: string;
  value: number | null;
  unit: string;
  readOn: string | null;
  source: string;
}

const COLUMNS: Record<keyof MetricFields, string> = { label: 'label', value: 'value', unit: 'unit', readOn: 'read_on', source: 'source' };

export function addMetric(db: Database.Database, channelId: number, fields: Partial<MetricFields> & { label: string }): AuditChannel {
  readChannel(db, channelId);
  const id = Number(sql(db, 'INSERT INTO channel_metrics (channel_id, label, position) VALUES (?, ?, ?)').run(channelId, fields.label, nextPosition(db, 'channel_metrics', channelId)).lastInsertRowid);
  updateColumns(db, 'channel_metrics', COLUMNS, fields, { id });
  return readChannel(db, channelId);
}

export function updateMetric(db: Database.Database, id: number, patch: Partial<MetricFields>): AuditChannel {
  const channelId = channelOf(db, 'channel_metrics', id);
  updateColumns(db, 'channel_metrics', COLUMNS, patch, { id });
  return readChannel(db, channelId);
}

export function deleteMetric(db: Database.Database, id: number): AuditChannel {
  const channelId = channelOf(db, 'channel_metrics', id);
  sql(db, 'DELETE FROM channel_metrics WHERE id = ?').run(id);
  return readChannel(db, channelId);
}

/** A screenshot placed on a channel (and optionally one of its criteria). */
export function attachAuditImage(db: Database.Database, channelId: number, criterionId: number | null, imageId: number, caption: string): AuditChannel {
  readChannel(db, channelId);
  if (criterionId !== null && channelOf(db, 'audit_criteria', criterionId) !== channelId) criterionId = null;
  sql(db, 'INSERT INTO audit_images (channel_id, criterion_id, image_id, caption, position) VALUES (?, ?, ?, ?, ?)').run(
    channelId, criterionId, imageId, caption, nextPosition(db, 'audit_images', channelId),
  );
  return readChannel(db, channelId);
}

export function updateAuditImage(db: Database.Database, id: number, caption: string): AuditChannel {
  const channelId = channelOf(db, 'audit_images', id);
  sql(db, 'UPDATE audit_images SET caption = ? WHERE id = ?').run(caption, id);
  return readChannel(db, channelId);
}

export function detachAuditImage(db: Database.Database, id: number): AuditChannel {
  const channelId = channelOf(db, 'audit_images', id);
  const imageId = sql<[number], number>(db, 'SELECT image_id FROM audit_images WHERE id = ?').pluck().get(id)!;
  sql(db, 'DELETE FROM audit_images WHERE id = ?').run(id);
  dropImageIfUnused(db, imageId);
  return readChannel(db, channelId);
}
