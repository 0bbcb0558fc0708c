import { z } from 'zod';
import type {
  BenchmarkGrid, BenchmarkScore, BenchmarkSummaryRow, Competitor, CompetitorMetric, CompetitorSaved, CriterionRanking, CsvImportResult, Learning,
} from '../model/benchmark';
import { LEARNING_FITS, LEARNING_KINDS } from '../model/benchmark';
import { method } from './define';
import { engagementId, isoDate, longText, requiredText, rowId, shortText } from './fields';
import { imageBase64 } from './imagesContract';

const e = { engagementId };
const byId = z.object({ ...e, id: rowId }).strict();

const competitorFields = z.object({ name: requiredText('nom requis'), website: shortText, positioning: longText, notes: longText });
const scoreFields = z.object({ score: z.number().int().min(0).max(5).nullable(), notApplicable: z.boolean(), note: longText, observedOn: isoDate.nullable() });
const metricFields = z.object({
  metric: requiredText('indicateur requis'),
  network: shortText,
  value: z.number().finite().min(-1e15).max(1e15),
  unit: shortText,
  period: shortText,
  observedOn: isoDate.nullable(),
  source: shortText,
});
const learningFields = z.object({
  kind: z.enum(LEARNING_KINDS), text: requiredText('texte requis'), competitorId: rowId.nullable(), fit: z.enum(LEARNING_FITS), judgement: longText,
});
const mapping = z
  .object({
    competitorColumn: z.string().max(200),
    dateColumn: z.string().max(200).nullable(),
    defaultDate: isoDate.nullable(),
    metrics: z.array(z.object({ column: z.string().max(200), metric: requiredText('indicateur requis'), unit: shortText, network: shortText }).strict()).max(100),
    source: shortText,
  })
  .strict();

export const benchmarkContract = {
  'competitor:list': method(z.object(e).strict()).returns<Competitor[]>(),
  /** Above five competitors the answer says so (`aboveAdvised`): a warning, not a refusal. */
  'competitor:create': method(z.object({ ...e, competitor: competitorFields.partial().required({ name: true }).strict() }).strict()).returns<CompetitorSaved>(),
  'competitor:update': method(z.object({ ...e, id: rowId, patch: competitorFields.partial().strict() }).strict()).returns<CompetitorSaved>(),
  'competitor:delete': method(byId).returns<{ deleted: boolean }>(),
  'competitor:move': method(z.object({ ...e, id: rowId, step: z.union([z.literal(-1), z.literal(1)]) }).strict()).returns<Competitor[]>(),
  'competitor:setLogo': method(z.object({ ...e, id: rowId, data: imageBase64.nullable() }).strict()).returns<CompetitorSaved>(),
  'benchmark:grid': method(z.object(e).strict()).returns<BenchmarkGrid>(),
  'benchmark:setScore': method(z.object({ ...e, competitorId: rowId, criterionId: rowId, patch: scoreFields.partial().strict() }).strict()).returns<BenchmarkScore>(),
  'benchmark:ranking': method(z.object(e).strict()).returns<CriterionRanking[]>(),
  'benchmark:summary': method(z.object(e).strict()).returns<BenchmarkSummaryRow[]>(),
  'benchmark:metrics': method(z.object(e).strict()).returns<CompetitorMetric[]>(),
  'benchmark:addMetric': method(z.object({ ...e, competitorId: rowId, metric: metricFields.partial().required({ metric: true, value: true }).strict() }).strict()).returns<CompetitorMetric>(),
  'benchmark:updateMetric': method(z.object({ ...e, id: rowId, patch: metricFields.partial().strict() }).strict()).returns<CompetitorMetric>(),
  'benchmark:deleteMetric': method(byId).returns<{ deleted: boolean }>(),
  /** CSV from a market-data tool: preview (commit false), then import; nothing is written while a row is in error. */
  'benchmark:importMetrics': method(z.object({ ...e, csv: z.string().max(5_000_000), mapping: mapping.nullable(), commit: z.boolean() }).strict()).returns<CsvImportResult>(),
  'learning:list': method(z.object(e).strict()).returns<Learning[]>(),
  'learning:create': method(z.object({ ...e, learning: learningFields.partial().required({ text: true }).strict() }).strict()).returns<Learning[]>(),
  'learning:update': method(z.object({ ...e, id: rowId, patch: learningFields.partial().strict() }).strict()).returns<Learning[]>(),
  'learning:delete': method(byId).returns<Learning[]>(),
};
