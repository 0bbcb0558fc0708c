import type Database from 'better-sqlite3';
import type { AuditChannel, FindingKind } from '../../../../src/shared/model/audit';
import { sql } from '../../store/statements';
import { nextPosition } from '../positions';
import { channelOf, readChannel } from './auditRead';

/**
 * Points forts and axes d'amélioration. Each finding feeds the SWOT in the same
 * transaction (strength → forces, improvement → faiblesses), so the SWOT never
 * lags behind the audit; the consultant's rewording of a SWOT line is kept.
 */
const QUADRANT: Record<FindingKind, 'strength' | 'weakness'> = { strength: 'strength', improvement: 'weakness' };

export function addFinding(db: Database.Database, channelId: number, kind: FindingKind, text: string): AuditChannel {
  readChannel(db, channelId);
  const id = Number(
    sql(db, 'INSERT INTO audit_findings (channel_id, kind, text, position) VALUES (?, ?, ?, ?)').run(channelId, kind, text, nextPosition(db, 'audit_findings', channelId)).lastInsertRowid,
  );
  const quadrant = QUADRANT[kind];
  sql(db, `INSERT INTO swot_items (quadrant, text, origin, finding_id, position) VALUES (?, ?, 'audit', ?, ?)`).run(quadrant, text, id, nextPosition(db, 'swot_items', quadrant));
  return readChannel(db, channelId);
}

export function updateFinding(db: Database.Database, id: number, patch: { text?: string; kind?: FindingKind }): AuditChannel {
  const channelId = channelOf(db, 'audit_findings', id);
  const before = sql<[number], { text: string; kind: FindingKind }>(db, 'SELECT text, kind FROM audit_findings WHERE id = ?').get(id)!;
  if (patch.text !== undefined) {
    sql(db, 'UPDATE audit_findings SET text = ? WHERE id = ?').run(patch.text, id);
    // Follow the finding only while the SWOT line still reads as the audit wrote it.
    sql(db, `UPDATE swot_items SET text = ? WHERE finding_id = ? AND origin = 'audit' AND text = ?`).run(patch.text, id, before.text);
  }
  if (patch.kind !== undefined && patch.kind !== before.kind) {
    sql(db, 'UPDATE audit_findings SET kind = ? WHERE id = ?').run(patch.kind, id);
    sql(db, `UPDATE swot_items SET quadrant = ? WHERE finding_id = ? AND origin = 'audit'`).run(QUADRANT[patch.kind], id);
  }
  return readChannel(db, channelId);
}

export function deleteFinding(db: Database.Database, id: number): AuditChannel {
  const channelId = channelOf(db, 'audit_findings', id);
  sql(db, `DELETE FROM swot_items WHERE finding_id = ? AND origin = 'audit'`).run(id);
  sql(db, 'DELETE FROM audit_findings WHERE id = ?').run(id);
  return readChannel(db, channelId);
}
