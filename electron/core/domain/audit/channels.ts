import type Database from 'better-sqlite3';
import type { Lang } from '../../../../src/shared/lang';
import type { AuditChannel, AuditCriterion } from '../../../../src/shared/model/audit';
import { sql } from '../../store/statements';
import { updateColumns } from '../patch';
import { moveByOne, nextPosition } from '../positions';
import { channelOf, readAudit, readChannel } from './auditRead';
import { DEFAULT_AUDIT_CHANNELS } from './defaultAuditChannels';

/** Seed step: the default grid in the engagement's deliverable language. */
export function seedAuditGrid(db: Database.Database, lang: Lang, now: number): void {
  if (sql(db, 'SELECT 1 FROM audit_channels LIMIT 1').get()) return;
  const pick = (pair: readonly [string, string]) => (lang === 'en' ? pair[1] : pair[0]);
  DEFAULT_AUDIT_CHANNELS.forEach((channel, index) => {
    const id = Number(
      sql(db, 'INSERT INTO audit_channels (code, name, network, position) VALUES (?, ?, ?, ?)').run(channel.code, pick(channel.name), channel.network, index + 1).lastInsertRowid,
    );
    channel.criteria.forEach((criterion, i) =>
      sql(db, 'INSERT INTO audit_criteria (channel_id, label, position, updated_at) VALUES (?, ?, ?, ?)').run(id, pick(criterion), i + 1, now),
    );
  });
}

export interface ChannelFields {
  name: string;
  network: string;
  enabled: boolean;
  summary: string;
}

const COLUMNS: Record<keyof ChannelFields, string> = { name: 'name', network: 'network', enabled: 'enabled', summary: 'summary' };

export function createChannel(db: Database.Database, fields: Partial<ChannelFields> & { name: string }): AuditChannel {
  const id = Number(
    sql(db, 'INSERT INTO audit_channels (name, network, summary, position) VALUES (?, ?, ?, ?)').run(
      fields.name, fields.network ?? '', fields.summary ?? '', nextPosition(db, 'audit_channels'),
    ).lastInsertRowid,
  );
  return readChannel(db, id);
}

export function updateChannel(db: Database.Database, id: number, patch: Partial<ChannelFields>): AuditChannel {
  readChannel(db, id);
  updateColumns(db, 'audit_channels', COLUMNS, patch, { id });
  return readChannel(db, id);
}

/** Deleting a channel drops its criteria, findings, recommendations and figures (cascade); actions keep their label. */
export function deleteChannel(db: Database.Database, id: number): boolean {
  sql(db, `UPDATE actions SET channel_label = (SELECT name FROM audit_channels WHERE id = ?) WHERE channel_id = ? AND channel_label = ''`).run(id, id);
  return sql(db, 'DELETE FROM audit_channels WHERE id = ?').run(id).changes > 0;
}

export function moveChannel(db: Database.Database, id: number, step: -1 | 1): AuditChannel[] {
  readChannel(db, id);
  moveByOne(db, 'audit_channels', id, step);
  return readAudit(db);
}

export type CriterionFields = Pick<AuditCriterion, 'label' | 'score' | 'notApplicable' | 'evidence' | 'evidenceUrl' | 'evidenceFigures'>;

const CRITERION_COLUMNS: Record<keyof CriterionFields, string> = {
  label: 'label', score: 'score', notApplicable: 'not_applicable', evidence: 'evidence', evidenceUrl: 'evidence_url', evidenceFigures: 'evidence_figures',
};

export function addCriterion(db: Database.Database, channelId: number, label: string, now: number): AuditChannel {
  readChannel(db, channelId);
  sql(db, 'INSERT INTO audit_criteria (channel_id, label, position, updated_at) VALUES (?, ?, ?, ?)').run(channelId, label, nextPosition(db, 'audit_criteria', channelId), now);
  return readChannel(db, channelId);
}

/** Marking a criterion N/A clears its score, and giving a score clears N/A: a criterion is one or the other. */
export function updateCriterion(db: Database.Database, id: number, patch: Partial<CriterionFields>, now: number): AuditChannel {
  const channelId = channelOf(db, 'audit_criteria', id);
  const fields = { ...patch };
  if (fields.notApplicable === true) fields.score = null;
  if (fields.score != null) fields.notApplicable = false;
  updateColumns(db, 'audit_criteria', CRITERION_COLUMNS, fields, { id }, { updated_at: now });
  return readChannel(db, channelId);
}

export function deleteCriterion(db: Database.Database, id: number): AuditChannel {
  const channelId = channelOf(db, 'audit_criteria', id);
  sql(db, 'DELETE FROM audit_criteria WHERE id = ?').run(id);
  return readChannel(db, channelId);
}
