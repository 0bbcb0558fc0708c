import type Database from 'better-sqlite3';
import type { CsvImportResult, CsvMapping, CsvPreviewRow, CsvRowError } from '../../../../src/shared/model/benchmark';
import { listCompetitors } from './competitors';
import { insertCompetitorMetric } from './competitorMetrics';
import { parseCsv, parseDay, parseFigure } from './csvText';

const COMPETITOR_HEADERS = /^(concurrent|competitor|domain|domaine|site|website|nom|name|target|cible)$/i;
const DATE_HEADERS = /^(date|période|period|mois|month)$/i;

/** A first guess from the header names; the consultant corrects it in the mapping step. */
function suggestMapping(headers: string[]): CsvMapping {
  const competitorColumn = headers.find((h) => COMPETITOR_HEADERS.test(h.trim())) ?? headers[0] ?? '';
  const dateColumn = headers.find((h) => DATE_HEADERS.test(h.trim())) ?? null;
  const metrics = headers
    .filter((h) => h !== competitorColumn && h !== dateColumn && h.trim() !== '')
    .map((h) => ({ column: h, metric: h.trim(), unit: /%|rate|taux/i.test(h) ? '%' : '', network: '' }));
  return { competitorColumn, dateColumn, defaultDate: null, metrics, source: '' };
}

const normalise = (name: string) => name.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '');

/**
 * Imports audience metrics from a CSV export, one metric row per mapped column and
 * line. Without `commit` it only previews. With it, rows are written only when no
 * line has an error: a half-imported file would be worse than none.
 */
export function importMetricsCsv(db: Database.Database, csv: string, mapping: CsvMapping | null, commit: boolean): CsvImportResult {
  const { delimiter, rows } = parseCsv(csv);
  const nonEmpty = rows.filter((r) => r.some((cell) => cell.trim() !== ''));
  const headers = (nonEmpty[0] ?? []).map((h) => h.trim());
  const map = mapping ?? suggestMapping(headers);
  const errors: CsvRowError[] = [];
  const preview: CsvPreviewRow[] = [];
  if (nonEmpty.length < 2) errors.push({ line: 1, column: '', code: 'empty_file', value: '' });
  const index = (column: string) => headers.indexOf(column.trim());
  for (const column of [map.competitorColumn, ...(map.dateColumn ? [map.dateColumn] : []), ...map.metrics.map((m) => m.column)]) {
    if (index(column) < 0) errors.push({ line: 1, column, code: 'missing_column', value: column });
  }
  const competitors = listCompetitors(db);
  const byName = new Map(competitors.flatMap((c) => [[normalise(c.name), c] as const, ...(c.website ? [[normalise(c.website), c] as const] : [])]));
  if (errors.length === 0) {
    rows.forEach((cells, i) => {
      const line = i + 1;
      if (i === 0 || !cells.some((cell) => cell.trim() !== '')) return;
      const cell = (column: string) => (cells[index(column)] ?? '').trim();
      const name = cell(map.competitorColumn);
      const competitor = byName.get(normalise(name));
      if (!competitor) errors.push({ line, column: map.competitorColumn, code: 'unknown_competitor', value: name });
      let observedOn = map.defaultDate;
      if (map.dateColumn && cell(map.dateColumn)) {
        observedOn = parseDay(cell(map.dateColumn));
        if (!observedOn) errors.push({ line, column: map.dateColumn, code: 'bad_date', value: cell(map.dateColumn) });
      }
      for (const metric of map.metrics) {
        const raw = cell(metric.column);
        if (raw === '' || raw === '-' || raw === 'n/a') continue;
        const value = parseFigure(raw);
        if (value === null) errors.push({ line, column: metric.column, code: 'bad_number', value: raw });
        else if (competitor) preview.push({ line, competitorId: competitor.id, competitorName: competitor.name, metric: metric.metric, value, unit: metric.unit, observedOn });
      }
    });
  }
  let written = 0;
  if (commit && errors.length === 0) {
    for (const row of preview) {
      const network = map.metrics.find((m) => m.metric === row.metric)?.network ?? '';
      insertCompetitorMetric(db, { competitorId: row.competitorId, metric: row.metric, network, value: row.value, unit: row.unit, period: '', observedOn: row.observedOn, source: map.source });
      written += 1;
    }
  }
  return { headers, delimiter, mapping: map, rows: preview, errors, written };
}

