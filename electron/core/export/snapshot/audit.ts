import type Database from 'better-sqlite3';
import { bool, rows } from './rows';

export interface SnapshotCriterion {
  id: number;
  label: string;
  score: number | null;
  notApplicable: boolean;
  evidence: string;
  evidenceUrl: string;
  evidenceFigures: string;
}

export interface SnapshotChannel {
  id: number;
  code: string;
  name: string;
  network: string;
  summary: string;
  criteria: SnapshotCriterion[];
  /** Mean of the scored criteria (0..5), or null when none is scored. */
  score: number | null;
  strengths: { id: number; text: string }[];
  improvements: { id: number; text: string }[];
  recommendations: {
    id: number; text: string; detail: string; impact: number; effort: number;
    priority: 'high' | 'medium' | 'low'; suggestedOwner: string;
  }[];
  metrics: { label: string; value: number | null; unit: string; readOn: string | null; source: string }[];
  images: { imageId: number; caption: string }[];
}

export interface AuditPart {
  channels: SnapshotChannel[];
  swot: { id: number; quadrant: 'strength' | 'weakness' | 'opportunity' | 'threat'; text: string }[];
}

import { meanScore } from '../../../../src/shared/scores';

/** Re-exported for the export sections; the rule lives in src/shared/scores.ts. */
export { meanScore };

export function readAuditPart(db: Database.Database): AuditPart {
  const criteria = rows<{
    id: number; channel_id: number; label: string; score: number | null; not_applicable: number;
    evidence: string; evidence_url: string; evidence_figures: string;
  }>(db, 'SELECT * FROM audit_criteria ORDER BY channel_id, position, id');
  const findings = rows<{ id: number; channel_id: number; kind: 'strength' | 'improvement'; text: string }>(
    db, 'SELECT * FROM audit_findings ORDER BY channel_id, kind, position, id');
  const recommendations = rows<{
    id: number; channel_id: number; text: string; detail: string; impact: number; effort: number;
    priority: 'high' | 'medium' | 'low'; suggested_owner: string;
  }>(db, 'SELECT * FROM recommendations ORDER BY channel_id, position, id');
  const metrics = rows<{ channel_id: number; label: string; value: number | null; unit: string; read_on: string | null; source: string }>(
    db, 'SELECT * FROM channel_metrics ORDER BY channel_id, position, id');
  const images = rows<{ channel_id: number; image_id: number; caption: string }>(
    db, 'SELECT * FROM audit_images ORDER BY channel_id, position, id');
  const channels = rows<{ id: number; code: string; name: string; network: string; summary: string }>(
    db, 'SELECT * FROM audit_channels WHERE enabled = 1 ORDER BY position, id');
  return {
    channels: channels.map((ch) => {
      const own = criteria
        .filter((c) => c.channel_id === ch.id)
        .map((c) => ({
          id: c.id, label: c.label, score: c.score, notApplicable: bool(c.not_applicable),
          evidence: c.evidence, evidenceUrl: c.evidence_url, evidenceFigures: c.evidence_figures,
        }));
      const mine = findings.filter((f) => f.channel_id === ch.id);
      return {
        id: ch.id, code: ch.code, name: ch.name, network: ch.network, summary: ch.summary,
        criteria: own,
        score: meanScore(own),
        strengths: mine.filter((f) => f.kind === 'strength').map((f) => ({ id: f.id, text: f.text })),
        improvements: mine.filter((f) => f.kind === 'improvement').map((f) => ({ id: f.id, text: f.text })),
        recommendations: recommendations
          .filter((r) => r.channel_id === ch.id)
          .map((r) => ({
            id: r.id, text: r.text, detail: r.detail, impact: r.impact, effort: r.effort,
            priority: r.priority, suggestedOwner: r.suggested_owner,
          })),
        metrics: metrics
          .filter((m) => m.channel_id === ch.id)
          .map((m) => ({ label: m.label, value: m.value, unit: m.unit, readOn: m.read_on, source: m.source })),
        images: images.filter((i) => i.channel_id === ch.id).map((i) => ({ imageId: i.image_id, caption: i.caption })),
      };
    }),
    swot: rows<{ id: number; quadrant: AuditPart['swot'][number]['quadrant']; text: string }>(
      db, 'SELECT id, quadrant, text FROM swot_items WHERE hidden = 0 ORDER BY quadrant, position, id'),
  };
}
