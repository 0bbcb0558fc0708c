import type Database from 'better-sqlite3';
import { AppError } from '../../../../src/shared/errors';
import type { KpiMeasurement, KpiSeries } from '../../../../src/shared/model/steering';
import { sql } from '../../store/statements';

interface MeasurementRow {
  id: number;
  objective_id: number;
  value: number;
  measured_on: string;
  source: string;
}
const toMeasurement = (r: MeasurementRow): KpiMeasurement => ({ id: r.id, objectiveId: r.objective_id, value: r.value, measuredOn: r.measured_on, source: r.source });

export function listMeasurements(db: Database.Database, objectiveId: number | null): KpiMeasurement[] {
  const rows = objectiveId === null
    ? sql<[], MeasurementRow>(db, 'SELECT * FROM kpi_measurements ORDER BY objective_id, measured_on, id').all()
    : sql<[number], MeasurementRow>(db, 'SELECT * FROM kpi_measurements WHERE objective_id = ? ORDER BY measured_on, id').all(objectiveId);
  return rows.map(toMeasurement);
}

export function addMeasurement(db: Database.Database, m: Omit<KpiMeasurement, 'id'>, now: number): KpiMeasurement {
  const exists = sql<[number], number>(db, 'SELECT count(*) FROM objectives WHERE id = ?').pluck().get(m.objectiveId);
  if (!exists) throw new AppError('NOT_FOUND', { what: `objective ${m.objectiveId}` });
  const id = Number(
    sql(db, 'INSERT INTO kpi_measurements (objective_id, value, measured_on, source, created_at) VALUES (?, ?, ?, ?, ?)').run(m.objectiveId, m.value, m.measuredOn, m.source, now)
      .lastInsertRowid,
  );
  return { id, ...m };
}

export function deleteMeasurement(db: Database.Database, id: number): boolean {
  return sql(db, 'DELETE FROM kpi_measurements WHERE id = ?').run(id).changes > 0;
}

/** One objective's KPI over time with its baseline, target and deadline: the "actual vs target" chart. */
export function kpiSeries(db: Database.Database, objectiveId: number): KpiSeries {
  const o = sql<[number], { id: number; statement: string; unit: string; baseline: number | null; target: number | null; deadline: string | null; direction: KpiSeries['direction'] }>(
    db,
    'SELECT id, statement, unit, baseline, target, deadline, direction FROM objectives WHERE id = ?',
  ).get(objectiveId);
  if (!o) throw new AppError('NOT_FOUND', { what: `objective ${objectiveId}` });
  return {
    objectiveId: o.id, statement: o.statement, unit: o.unit, baseline: o.baseline, target: o.target, deadline: o.deadline, direction: o.direction,
    points: listMeasurements(db, objectiveId).map((m) => ({ measuredOn: m.measuredOn, value: m.value, source: m.source })),
  };
}
