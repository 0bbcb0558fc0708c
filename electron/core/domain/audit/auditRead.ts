import type Database from 'better-sqlite3';
import { AppError } from '../../../../src/shared/errors';
import type { AuditChannel, AuditCriterion, AuditFinding, AuditImage, ChannelMetric, ChannelScore, Level, Recommendation } from '../../../../src/shared/model/audit';
import type { Priority } from '../../../../src/shared/model/objectives';
import { meanScore } from '../../../../src/shared/scores';
import { sql } from '../../store/statements';
import { linksFrom } from '../links';

interface ChannelRow { id: number; code: string; name: string; network: string; enabled: number; summary: string }
interface CriterionRow {
  id: number; channel_id: number; label: string; score: number | null; not_applicable: number;
  evidence: string; evidence_url: string; evidence_figures: string; updated_at: number;
}
interface RecommendationRow {
  id: number; channel_id: number; text: string; detail: string; impact: Level; effort: Level; priority: Priority; suggested_owner: string;
}
interface MetricRow { id: number; channel_id: number; label: string; value: number | null; unit: string; read_on: string | null; source: string }
interface ImageRow { id: number; channel_id: number; image_id: number; criterion_id: number | null; caption: string }

export const toCriterion = (r: CriterionRow): AuditCriterion => ({
  id: r.id, channelId: r.channel_id, label: r.label, score: r.score, notApplicable: r.not_applicable === 1,
  evidence: r.evidence, evidenceUrl: r.evidence_url, evidenceFigures: r.evidence_figures, updatedAt: r.updated_at,
});

const byChannel = <T extends { channelId: number }>(items: T[]) => {
  const map = new Map<number, T[]>();
  for (const item of items) map.set(item.channelId, [...(map.get(item.channelId) ?? []), item]);
  return (id: number) => map.get(id) ?? [];
};

/** The whole audit in five queries (channels are a dozen, criteria a few dozen). */
export function readAudit(db: Database.Database): AuditChannel[] {
  const criteria = byChannel(sql<[], CriterionRow>(db, 'SELECT * FROM audit_criteria ORDER BY position, id').all().map(toCriterion));
  const findings = byChannel(
    sql<[], { id: number; channel_id: number; kind: AuditFinding['kind']; text: string }>(db, 'SELECT * FROM audit_findings ORDER BY position, id')
      .all()
      .map((r): AuditFinding => ({ id: r.id, channelId: r.channel_id, kind: r.kind, text: r.text })),
  );
  const recommendations = byChannel(
    sql<[], RecommendationRow>(db, 'SELECT * FROM recommendations ORDER BY position, id')
      .all()
      .map((r): Recommendation => ({
        id: r.id, channelId: r.channel_id, text: r.text, detail: r.detail, impact: r.impact, effort: r.effort,
        priority: r.priority, suggestedOwner: r.suggested_owner, actions: linksFrom(db, 'recommendation', r.id).filter((l) => l.kind === 'action'),
      })),
  );
  const metrics = byChannel(
    sql<[], MetricRow>(db, 'SELECT * FROM channel_metrics ORDER BY position, id')
      .all()
      .map((r): ChannelMetric => ({ id: r.id, channelId: r.channel_id, label: r.label, value: r.value, unit: r.unit, readOn: r.read_on, source: r.source })),
  );
  const images = byChannel(
    sql<[], ImageRow>(db, 'SELECT id, channel_id, image_id, criterion_id, caption FROM audit_images ORDER BY position, id')
      .all()
      .map((r): AuditImage & { channelId: number } => ({ id: r.id, channelId: r.channel_id, imageId: r.image_id, criterionId: r.criterion_id, caption: r.caption })),
  );
  return sql<[], ChannelRow>(db, 'SELECT * FROM audit_channels ORDER BY position, id')
    .all()
    .map((c) => {
      const own = criteria(c.id);
      return {
        id: c.id, code: c.code, name: c.name, network: c.network, enabled: c.enabled === 1, summary: c.summary,
        score: meanScore(own), criteria: own, findings: findings(c.id), recommendations: recommendations(c.id),
        metrics: metrics(c.id), images: images(c.id).map(({ channelId: _, ...image }) => image),
      };
    });
}

export function readChannel(db: Database.Database, id: number): AuditChannel {
  const channel = readAudit(db).find((c) => c.id === id);
  if (!channel) throw new AppError('NOT_FOUND', { what: `audit channel ${id}` });
  return channel;
}

/** Score per enabled channel, for the radar/bar chart and the overview. */
export function channelScores(db: Database.Database): ChannelScore[] {
  return readAudit(db)
    .filter((c) => c.enabled)
    .map((c) => ({
      channelId: c.id,
      name: c.name,
      score: c.score,
      scored: c.criteria.filter((k) => !k.notApplicable && k.score !== null).length,
      notApplicable: c.criteria.filter((k) => k.notApplicable).length,
      total: c.criteria.length,
    }));
}

/** The channel a row belongs to, or NOT_FOUND: every per-item write answers with its channel. */
export function channelOf(db: Database.Database, table: 'audit_criteria' | 'audit_findings' | 'recommendations' | 'channel_metrics' | 'audit_images', id: number): number {
  const channelId = sql<[number], number>(db, `SELECT channel_id FROM ${table} WHERE id = ?`).pluck().get(id);
  if (channelId === undefined) throw new AppError('NOT_FOUND', { what: `${table} ${id}` });
  return channelId;
}
