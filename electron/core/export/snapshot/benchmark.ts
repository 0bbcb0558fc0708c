import type Database from 'better-sqlite3';
import { bool, rows } from './rows';

export interface SnapshotCompetitor {
  id: number;
  name: string;
  website: string;
  positioning: string;
  notes: string;
  logoImageId: number | null;
  /** criterion id → score */
  scores: { criterionId: number; score: number | null; notApplicable: boolean; note: string }[];
  metrics: { metric: string; network: string; value: number; unit: string; period: string }[];
}

export interface BenchmarkPart {
  competitors: SnapshotCompetitor[];
  learnings: {
    id: number; kind: 'good_practice' | 'trend' | 'threat' | 'idea'; text: string; competitorId: number | null;
    fit: 'fits' | 'adapt' | 'not_for_client' | 'to_assess'; judgement: string;
  }[];
}

export function readBenchmarkPart(db: Database.Database): BenchmarkPart {
  const scores = rows<{ competitor_id: number; criterion_id: number; score: number | null; not_applicable: number; note: string }>(
    db, 'SELECT * FROM benchmark_scores');
  const metrics = rows<{ competitor_id: number; metric: string; network: string; value: number; unit: string; period: string }>(
    db, 'SELECT * FROM competitor_metrics ORDER BY competitor_id, metric, id');
  const competitors = rows<{ id: number; name: string; website: string; positioning: string; notes: string; logo_image_id: number | null }>(
    db, 'SELECT * FROM competitors ORDER BY position, id');
  const learnings = rows<{
    id: number; kind: BenchmarkPart['learnings'][number]['kind']; text: string; competitor_id: number | null;
    fit: BenchmarkPart['learnings'][number]['fit']; judgement: string;
  }>(db, 'SELECT * FROM benchmark_learnings ORDER BY position, id');
  return {
    competitors: competitors.map((c) => ({
      id: c.id, name: c.name, website: c.website, positioning: c.positioning, notes: c.notes, logoImageId: c.logo_image_id,
      scores: scores
        .filter((s) => s.competitor_id === c.id)
        .map((s) => ({ criterionId: s.criterion_id, score: s.score, notApplicable: bool(s.not_applicable), note: s.note })),
      metrics: metrics
        .filter((m) => m.competitor_id === c.id)
        .map((m) => ({ metric: m.metric, network: m.network, value: m.value, unit: m.unit, period: m.period })),
    })),
    learnings: learnings.map((l) => ({
      id: l.id, kind: l.kind, text: l.text, competitorId: l.competitor_id, fit: l.fit, judgement: l.judgement,
    })),
  };
}
