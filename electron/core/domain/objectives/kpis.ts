import type Database from 'better-sqlite3';
import { AppError } from '../../../../src/shared/errors';
import type { Lang } from '../../../../src/shared/lang';
import type { Direction, KpiDefinition } from '../../../../src/shared/model/objectives';
import { sql } from '../../store/statements';
import { updateColumns } from '../patch';
import { KPI_CATALOGUE } from './kpiCatalogue';

interface KpiRow {
  id: number;
  code: string;
  label_fr: string;
  label_en: string;
  definition_fr: string;
  definition_en: string;
  unit: string;
  direction: Direction;
  is_custom: number;
}

const toKpi = (row: KpiRow): KpiDefinition => ({
  id: row.id,
  code: row.code,
  labelFr: row.label_fr,
  labelEn: row.label_en,
  definitionFr: row.definition_fr,
  definitionEn: row.definition_en,
  unit: row.unit,
  direction: row.direction,
  isCustom: row.is_custom === 1,
});

export function listKpis(db: Database.Database): KpiDefinition[] {
  return sql<[], KpiRow>(db, 'SELECT * FROM kpi_definitions ORDER BY is_custom, id').all().map(toKpi);
}

export function getKpi(db: Database.Database, id: number): KpiDefinition {
  const row = sql<[number], KpiRow>(db, 'SELECT * FROM kpi_definitions WHERE id = ?').get(id);
  if (!row) throw new AppError('NOT_FOUND', { what: `KPI ${id}` });
  return toKpi(row);
}

/** Seed step: the standard catalogue (both languages are stored; the UI shows its own). */
export function seedKpiCatalogue(db: Database.Database, _lang: Lang): void {
  for (const kpi of KPI_CATALOGUE) {
    sql(
      db,
      `INSERT OR IGNORE INTO kpi_definitions (code, label_fr, label_en, definition_fr, definition_en, unit, direction, is_custom)
       VALUES (?, ?, ?, ?, ?, ?, ?, 0)`,
    ).run(kpi.code, kpi.fr[0], kpi.en[0], kpi.fr[1], kpi.en[1], kpi.unit, kpi.direction);
  }
}

export interface KpiFields {
  label: string;
  definition: string;
  unit: string;
  direction: Direction;
}

/** A custom KPI is written once: the same label serves both languages until edited. */
export function createCustomKpi(db: Database.Database, fields: Partial<KpiFields> & { label: string }): KpiDefinition {
  const code = `custom_${(sql<[], number>(db, 'SELECT coalesce(max(id), 0) + 1 FROM kpi_definitions').pluck().get() ?? 1).toString(36)}`;
  const id = Number(
    sql(
      db,
      `INSERT INTO kpi_definitions (code, label_fr, label_en, definition_fr, definition_en, unit, direction, is_custom)
       VALUES (?, ?, ?, ?, ?, ?, ?, 1)`,
    ).run(code, fields.label, fields.label, fields.definition ?? '', fields.definition ?? '', fields.unit ?? '', fields.direction ?? 'increase').lastInsertRowid,
  );
  return getKpi(db, id);
}

export function updateCustomKpi(
  db: Database.Database,
  id: number,
  patch: Partial<{ labelFr: string; labelEn: string; definitionFr: string; definitionEn: string; unit: string; direction: Direction }>,
): KpiDefinition {
  if (!getKpi(db, id).isCustom) throw new AppError('NOT_FOUND', { what: `custom KPI ${id}` });
  updateColumns(
    db,
    'kpi_definitions',
    { labelFr: 'label_fr', labelEn: 'label_en', definitionFr: 'definition_fr', definitionEn: 'definition_en', unit: 'unit', direction: 'direction' },
    patch,
    { id },
  );
  return getKpi(db, id);
}

/** Only custom KPIs can go; objectives using it keep their label (kpi_id becomes NULL). */
export function deleteCustomKpi(db: Database.Database, id: number): boolean {
  if (!getKpi(db, id).isCustom) throw new AppError('NOT_FOUND', { what: `custom KPI ${id}` });
  sql(db, `UPDATE objectives SET kpi_label = (SELECT label_fr FROM kpi_definitions WHERE id = ?) WHERE kpi_id = ? AND kpi_label = ''`).run(id, id);
  return sql(db, 'DELETE FROM kpi_definitions WHERE id = ?').run(id).changes > 0;
}
