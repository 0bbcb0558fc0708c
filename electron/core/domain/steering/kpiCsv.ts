import type Database from 'better-sqlite3';
import { AppError } from '../../../../src/shared/errors';
import type { CsvMapping, CsvPreview, CsvPreviewRow, CsvRowError } from '../../../../src/shared/model/steering';
import { sql } from '../../store/statements';
import { parseCsv, parseDay, parseFigure } from '../benchmark/csvText';

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();

/** Header words that say which column is which, in French and English exports. */
function guessMapping(columns: string[], objectiveId: number | null): CsvMapping {
  const find = (re: RegExp) => {
    const i = columns.findIndex((c) => re.test(fold(c)));
    return i < 0 ? null : i;
  };
  const dateColumn = find(/^(date|jour|day|mesure le|measured)/) ?? 0;
  const valueColumn = find(/(valeur|value|mesure$|resultat|chiffre)/) ?? (dateColumn === 0 ? 1 : 0);
  return {
    objectiveId,
    objectiveColumn: objectiveId !== null ? null : find(/(objectif|objective|kpi|indicateur)/),
    dateColumn,
    valueColumn,
    sourceColumn: find(/(source|origine|outil)/),
  };
}

/**
 * Reads a KPI CSV into rows with their errors, without writing anything: the
 * preview the consultant checks (and the exact rows the import will write).
 * French files are welcome: `;` separators, `12,5` decimals, `31/03/2026` dates.
 */
export function previewKpiCsv(db: Database.Database, text: string, mapping: CsvMapping | null, objectiveId: number | null): CsvPreview {
  const { delimiter, rows } = parseCsv(text);
  const [header = [], ...body] = rows.filter((r) => r.some((cell) => cell.trim() !== ''));
  const map = mapping ?? guessMapping(header, objectiveId);
  const objectives = sql<[], { id: number; statement: string; kpi_label: string }>(db, 'SELECT id, statement, kpi_label FROM objectives').all();
  const resolve = (cell: string): number | null => {
    const key = fold(cell);
    if (/^\d+$/.test(key) && objectives.some((o) => o.id === Number(key))) return Number(key);
    return objectives.find((o) => fold(o.statement) === key || (o.kpi_label && fold(o.kpi_label) === key))?.id ?? null;
  };
  const out: CsvPreviewRow[] = body.map((cells, index) => {
    const errors: CsvRowError[] = [];
    const cell = (i: number | null) => (i === null ? '' : (cells[i] ?? '').trim());
    const objective = map.objectiveId ?? resolve(cell(map.objectiveColumn));
    if (objective === null) errors.push('objective_unknown');
    const rawValue = cell(map.valueColumn);
    const value = rawValue ? parseFigure(rawValue) : null;
    if (!rawValue) errors.push('value_missing');
    else if (value === null) errors.push('value_invalid');
    const rawDate = cell(map.dateColumn);
    const measuredOn = rawDate ? parseDay(rawDate) : null;
    if (!rawDate) errors.push('date_missing');
    else if (measuredOn === null) errors.push('date_invalid');
    return { line: index + 2, cells, objectiveId: objective, value, measuredOn, source: cell(map.sourceColumn), errors };
  });
  return { columns: header, delimiter, mapping: map, rows: out, errorCount: out.filter((r) => r.errors.length > 0).length };
}

/** Writes every row, or none: one bad row refuses the whole file and names its line. */
export function importKpiCsv(db: Database.Database, text: string, mapping: CsvMapping, now: number, defaultSource: string): { imported: number } {
  const preview = previewKpiCsv(db, text, mapping, mapping.objectiveId);
  const bad = preview.rows.find((r) => r.errors.length > 0);
  if (bad) throw new AppError('INVALID_IMPORT', { field: `ligne ${bad.line}`, reason: bad.errors.join(', '), issue: 'custom', line: bad.line, errors: preview.errorCount });
  if (preview.rows.length === 0) throw new AppError('INVALID_IMPORT', { field: 'fichier', reason: 'aucune ligne', issue: 'custom' });
  const insert = sql(db, 'INSERT INTO kpi_measurements (objective_id, value, measured_on, source, created_at) VALUES (?, ?, ?, ?, ?)');
  for (const r of preview.rows) insert.run(r.objectiveId, r.value, r.measuredOn, r.source || defaultSource, now);
  return { imported: preview.rows.length };
}
