import type Database from 'better-sqlite3';
import type { AuditChannel, Recommendation } from '../../../../src/shared/model/audit';
import type { ItemRef } from '../../../../src/shared/model/interview';
import type { Priority } from '../../../../src/shared/model/objectives';
import { sql } from '../../store/statements';
import { addLink, linksFrom } from '../links';
import { updateColumns } from '../patch';
import { nextPosition } from '../positions';
import { channelOf, readChannel } from './auditRead';
import { newActionId } from '../plan/actions';

export type RecommendationFields = Pick<Recommendation, 'text' | 'detail' | 'impact' | 'effort' | 'priority' | 'suggestedOwner'>;

const COLUMNS: Record<keyof RecommendationFields, string> = {
  text: 'text', detail: 'detail', impact: 'impact', effort: 'effort', priority: 'priority', suggestedOwner: 'suggested_owner',
};

export function addRecommendation(db: Database.Database, channelId: number, fields: Partial<RecommendationFields> & { text: string }): AuditChannel {
  readChannel(db, channelId);
  const id = Number(
    sql(db, 'INSERT INTO recommendations (channel_id, text, position) VALUES (?, ?, ?)').run(channelId, fields.text, nextPosition(db, 'recommendations', channelId)).lastInsertRowid,
  );
  updateColumns(db, 'recommendations', COLUMNS, fields, { id });
  return readChannel(db, channelId);
}

export function updateRecommendation(db: Database.Database, id: number, patch: Partial<RecommendationFields>): AuditChannel {
  const channelId = channelOf(db, 'recommendations', id);
  updateColumns(db, 'recommendations', COLUMNS, patch, { id });
  return readChannel(db, channelId);
}

export function deleteRecommendation(db: Database.Database, id: number): AuditChannel {
  const channelId = channelOf(db, 'recommendations', id);
  sql(db, 'DELETE FROM recommendations WHERE id = ?').run(id);
  return readChannel(db, channelId);
}

/**
 * « Créer l'action » : a draft action of the plan, pre-filled from the recommendation
 * (title, detail, channel, priority, suggested owner), linked back to it. Converting
 * twice gives the same action, not a duplicate.
 */
export function recommendationToAction(db: Database.Database, id: number, now: number): { action: ItemRef; channel: AuditChannel } {
  const channelId = channelOf(db, 'recommendations', id);
  const existing = linksFrom(db, 'recommendation', id).find((link) => link.kind === 'action');
  if (existing) return { action: existing, channel: readChannel(db, channelId) };
  const rec = sql<[number], { text: string; detail: string; priority: Priority; suggested_owner: string; channel_name: string }>(
    db,
    'SELECT r.text, r.detail, r.priority, r.suggested_owner, c.name AS channel_name FROM recommendations r JOIN audit_channels c ON c.id = r.channel_id WHERE r.id = ?',
  ).get(id)!;
  const actionId = Number(
    sql(
      db,
      `INSERT INTO actions (id, title, description, channel_id, channel_label, owner_name, priority, status, position, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'todo', ?, ?, ?)`,
    ).run(newActionId(db), rec.text, rec.detail, channelId, rec.channel_name, rec.suggested_owner, rec.priority, nextPosition(db, 'actions'), now, now).lastInsertRowid,
  );
  addLink(db, { kind: 'recommendation', id }, { kind: 'action', id: actionId }, now);
  return { action: { kind: 'action', id: actionId, label: rec.text }, channel: readChannel(db, channelId) };
}
