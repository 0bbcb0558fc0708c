import type Database from 'better-sqlite3';
import { AppError } from '../../../../src/shared/errors';
import type { BenchmarkGrid, BenchmarkScore, BenchmarkSummaryRow, CriterionRanking, RankEntry } from '../../../../src/shared/model/benchmark';
import { meanScore } from '../../../../src/shared/scores';
import { sql } from '../../store/statements';
import { readAudit } from '../audit/auditRead';
import { getCompetitor, listCompetitors } from './competitors';

interface ScoreRow { competitor_id: number; criterion_id: number; score: number | null; not_applicable: number; note: string; observed_on: string | null }

const toScore = (r: ScoreRow): BenchmarkScore => ({
  competitorId: r.competitor_id, criterionId: r.criterion_id, score: r.score, notApplicable: r.not_applicable === 1, note: r.note, observedOn: r.observed_on,
});

/** The audit's enabled channels and criteria, the client's row read from its audit scores, then each competitor's cells. */
export function readGrid(db: Database.Database): BenchmarkGrid {
  const channels = readAudit(db)
    .filter((c) => c.enabled)
    .map((c) => ({ id: c.id, name: c.name, criteria: c.criteria.map((k) => ({ id: k.id, label: k.label, clientScore: k.score, clientNotApplicable: k.notApplicable })) }));
  const scores = sql<[], ScoreRow>(db, 'SELECT * FROM benchmark_scores ORDER BY competitor_id, criterion_id').all().map(toScore);
  return { channels, competitors: listCompetitors(db), scores };
}

export interface ScoreFields {
  score: number | null;
  notApplicable: boolean;
  note: string;
  observedOn: string | null;
}

/** One cell: created on first write. A score clears N/A and the reverse, as in the audit. */
export function setScore(db: Database.Database, competitorId: number, criterionId: number, patch: Partial<ScoreFields>): BenchmarkScore {
  getCompetitor(db, competitorId);
  if (!sql(db, 'SELECT 1 FROM audit_criteria WHERE id = ?').get(criterionId)) throw new AppError('NOT_FOUND', { what: `criterion ${criterionId}` });
  const current = sql<[number, number], ScoreRow>(db, 'SELECT * FROM benchmark_scores WHERE competitor_id = ? AND criterion_id = ?').get(competitorId, criterionId);
  const next: ScoreFields = {
    score: current?.score ?? null, notApplicable: current?.not_applicable === 1, note: current?.note ?? '', observedOn: current?.observed_on ?? null, ...patch,
  };
  if (patch.notApplicable === true) next.score = null;
  if (patch.score != null) next.notApplicable = false;
  sql(
    db,
    `INSERT INTO benchmark_scores (competitor_id, criterion_id, score, not_applicable, note, observed_on) VALUES (@c, @k, @score, @na, @note, @observedOn)
     ON CONFLICT (competitor_id, criterion_id) DO UPDATE SET score = excluded.score, not_applicable = excluded.not_applicable, note = excluded.note, observed_on = excluded.observed_on`,
  ).run({ c: competitorId, k: criterionId, score: next.score, na: Number(next.notApplicable), note: next.note, observedOn: next.observedOn });
  return { competitorId, criterionId, ...next };
}

/** Dense ranking: equal scores share a rank, the next score takes the following one. */
export function rankEntries(entries: Omit<RankEntry, 'rank'>[]): RankEntry[] {
  const sorted = [...entries].sort((a, b) => b.score - a.score);
  let rank = 0;
  let last: number | null = null;
  return sorted.map((entry) => {
    if (entry.score !== last) rank += 1;
    last = entry.score;
    return { ...entry, rank };
  });
}

export function rankingByCriterion(db: Database.Database): CriterionRanking[] {
  const clientName = sql<[], string>(db, 'SELECT client_name FROM engagement').pluck().get() ?? '';
  const grid = readGrid(db);
  const cell = new Map(grid.scores.map((s) => [`${s.competitorId}:${s.criterionId}`, s]));
  return grid.channels.flatMap((channel) =>
    channel.criteria.map((criterion) => {
      const entries: Omit<RankEntry, 'rank'>[] = [];
      if (!criterion.clientNotApplicable && criterion.clientScore !== null) entries.push({ who: 'client', name: clientName, score: criterion.clientScore });
      for (const competitor of grid.competitors) {
        const s = cell.get(`${competitor.id}:${criterion.id}`);
        if (s && !s.notApplicable && s.score !== null) entries.push({ who: competitor.id, name: competitor.name, score: s.score });
      }
      return { criterionId: criterion.id, channelName: channel.name, label: criterion.label, entries: rankEntries(entries) };
    }),
  );
}

/** Mean per channel for the client and each competitor: the chart's data. */
export function benchmarkSummary(db: Database.Database): BenchmarkSummaryRow[] {
  const grid = readGrid(db);
  return grid.channels.map((channel) => {
    const ids = new Set(channel.criteria.map((k) => k.id));
    const competitors: Record<number, number | null> = {};
    for (const competitor of grid.competitors) {
      competitors[competitor.id] = meanScore(grid.scores.filter((s) => s.competitorId === competitor.id && ids.has(s.criterionId)));
    }
    return {
      channelId: channel.id,
      channelName: channel.name,
      client: meanScore(channel.criteria.map((k) => ({ score: k.clientScore, notApplicable: k.clientNotApplicable }))),
      competitors,
    };
  });
}
