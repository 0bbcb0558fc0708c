import type Database from 'better-sqlite3';
import { AppError } from '../../../../src/shared/errors';
import type { CompetitorMetric } from '../../../../src/shared/model/benchmark';
import { sql } from '../../store/statements';
import { updateColumns } from '../patch';
import { getCompetitor } from './competitors';

interface Row { id: number; competitor_id: number; metric: string; network: string; value: number; unit: string; period: string; observed_on: string | null; source: string }

const toMetric = (r: Row): CompetitorMetric => ({
  id: r.id, competitorId: r.competitor_id, metric: r.metric, network: r.network, value: r.value, unit: r.unit, period: r.period, observedOn: r.observed_on, source: r.source,
});

/** Audience metrics per competitor (visits, bounce rate, followers per network…), typed or imported. */
export function listCompetitorMetrics(db: Database.Database): CompetitorMetric[] {
  return sql<[], Row>(db, 'SELECT * FROM competitor_metrics ORDER BY competitor_id, metric, network, observed_on, id').all().map(toMetric);
}

export type MetricInput = Omit<CompetitorMetric, 'id'>;

export function insertCompetitorMetric(db: Database.Database, m: MetricInput): CompetitorMetric {
  getCompetitor(db, m.competitorId);
  const id = Number(
    sql(
      db,
      'INSERT INTO competitor_metrics (competitor_id, metric, network, value, unit, period, observed_on, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(m.competitorId, m.metric, m.network, m.value, m.unit, m.period, m.observedOn, m.source).lastInsertRowid,
  );
  return getCompetitorMetric(db, id);
}

export function getCompetitorMetric(db: Database.Database, id: number): CompetitorMetric {
  const row = sql<[number], Row>(db, 'SELECT * FROM competitor_metrics WHERE id = ?').get(id);
  if (!row) throw new AppError('NOT_FOUND', { what: `competitor metric ${id}` });
  return toMetric(row);
}

const COLUMNS = { metric: 'metric', network: 'network', value: 'value', unit: 'unit', period: 'period', observedOn: 'observed_on', source: 'source' } as const;

export function updateCompetitorMetric(db: Database.Database, id: number, patch: Partial<Omit<MetricInput, 'competitorId'>>): CompetitorMetric {
  getCompetitorMetric(db, id);
  updateColumns(db, 'competitor_metrics', COLUMNS, patch, { id });
  return getCompetitorMetric(db, id);
}

export function deleteCompetitorMetric(db: Database.Database, id: number): boolean {
  return sql(db, 'DELETE FROM competitor_metrics WHERE id = ?').run(id).changes > 0;
}
