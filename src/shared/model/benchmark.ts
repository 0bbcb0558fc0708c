/** Benchmark concurrentiel: competitors, the audit's criteria grid, metrics, learnings. */

/** The method advises 4 to 5 competitors: more is allowed, with a warning. */
export const ADVISED_MAX_COMPETITORS = 5;

export interface Competitor {
  id: number;
  name: string;
  website: string;
  positioning: string;
  notes: string;
  logoImageId: number | null;
}

export interface CompetitorSaved {
  competitor: Competitor;
  count: number;
  /** More competitors than the method advises: shown as a warning, never refused. */
  aboveAdvised: boolean;
}

export interface BenchmarkScore {
  competitorId: number;
  criterionId: number;
  score: number | null;
  notApplicable: boolean;
  note: string;
  observedOn: string | null;
}

export interface GridCriterion {
  id: number;
  label: string;
  /** The client's own row, read from the audit. */
  clientScore: number | null;
  clientNotApplicable: boolean;
}

export interface GridChannel {
  id: number;
  name: string;
  criteria: GridCriterion[];
}

export interface BenchmarkGrid {
  channels: GridChannel[];
  competitors: Competitor[];
  scores: BenchmarkScore[];
}

/** `who` is 'client' or a competitor id. Equal scores share a rank. */
export interface RankEntry {
  who: 'client' | number;
  name: string;
  score: number;
  rank: number;
}

export interface CriterionRanking {
  criterionId: number;
  channelName: string;
  label: string;
  entries: RankEntry[];
}

/** Mean score per channel for the client and each competitor (chart). */
export interface BenchmarkSummaryRow {
  channelId: number;
  channelName: string;
  client: number | null;
  competitors: Record<number, number | null>;
}

export interface CompetitorMetric {
  id: number;
  competitorId: number;
  metric: string;
  network: string;
  value: number;
  unit: string;
  period: string;
  observedOn: string | null;
  source: string;
}

export const LEARNING_KINDS = ['good_practice', 'trend', 'threat', 'idea'] as const;
export const LEARNING_FITS = ['fits', 'adapt', 'not_for_client', 'to_assess'] as const;
export type LearningFit = (typeof LEARNING_FITS)[number];

export interface Learning {
  id: number;
  kind: (typeof LEARNING_KINDS)[number];
  text: string;
  competitorId: number | null;
  fit: LearningFit;
  judgement: string;
}

export interface CsvMetricColumn {
  column: string;
  metric: string;
  unit: string;
  network: string;
}

export interface CsvMapping {
  competitorColumn: string;
  dateColumn: string | null;
  /** Used when there is no date column or the cell is empty. */
  defaultDate: string | null;
  metrics: CsvMetricColumn[];
  source: string;
}

export type CsvErrorCode = 'unknown_competitor' | 'bad_number' | 'bad_date' | 'missing_column' | 'empty_file';

export interface CsvRowError {
  /** 1-based line of the file (the header is line 1). */
  line: number;
  column: string;
  code: CsvErrorCode;
  value: string;
}

export interface CsvPreviewRow {
  line: number;
  competitorId: number;
  competitorName: string;
  metric: string;
  value: number;
  unit: string;
  observedOn: string | null;
}

export interface CsvImportResult {
  headers: string[];
  delimiter: string;
  mapping: CsvMapping;
  rows: CsvPreviewRow[];
  errors: CsvRowError[];
  /** Rows written: 0 on a preview or when any row is in error. */
  written: number;
}
