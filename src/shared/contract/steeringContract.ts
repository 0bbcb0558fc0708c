import { z } from 'zod';
import type { PlanAction } from '../model/plan';
import type { CsvPreview, KpiMeasurement, KpiSeries, PlanAlert, PlanApproval, PlanDashboard, PlanDiff, Risk } from '../model/steering';
import { ALERT_KINDS, RISK_STATUSES } from '../model/steering';
import { method } from './define';
import { engagementId, isoDate, longText, requiredText, rowId, shortText } from './fields';

const column = z.number().int().min(0).max(200);
const mapping = z
  .object({ objectiveColumn: column.nullable(), objectiveId: rowId.nullable(), valueColumn: column, dateColumn: column, sourceColumn: column.nullable() })
  .strict();
const csvText = z.string().max(5_000_000, 'fichier trop volumineux (5 Mo au plus)');
const level = z.number().int().min(1).max(5);
const riskFields = z.object({
  title: requiredText('intitulé requis'),
  description: longText,
  probability: level,
  impact: level,
  mitigation: longText,
  owner: shortText,
  status: z.enum(RISK_STATUSES),
});

const e = { engagementId };

export const steeringContract = {
  'approval:list': method(z.object(e).strict()).returns<PlanApproval[]>(),
  /** Submits the plan to the client's management: freezes a snapshot of it. */
  'approval:submit': method(z.object({ ...e, submittedOn: isoDate }).strict()).returns<PlanApproval>(),
  'approval:record': method(
    z
      .object({
        ...e,
        id: rowId,
        status: z.enum(['approved', 'changes_requested', 'rejected']),
        decidedBy: requiredText('nom requis'),
        decidedOn: isoDate,
        comment: longText.default(''),
      })
      .strict(),
  ).returns<PlanApproval>(),
  /** The current plan against the latest approved snapshot. */
  'approval:diff': method(z.object(e).strict()).returns<PlanDiff>(),
  'measurement:list': method(z.object({ ...e, objectiveId: rowId.nullable().default(null) }).strict()).returns<KpiMeasurement[]>(),
  'measurement:create': method(
    z.object({ ...e, measurement: z.object({ objectiveId: rowId, value: z.number().finite(), measuredOn: isoDate, source: shortText.default('') }).strict() }).strict(),
  ).returns<KpiMeasurement>(),
  'measurement:delete': method(z.object({ ...e, id: rowId }).strict()).returns<{ deleted: boolean }>(),
  'measurement:series': method(z.object({ ...e, objectiveId: rowId }).strict()).returns<KpiSeries>(),
  /** Reads a CSV without writing: guessed column mapping, rows and their errors. */
  'measurement:previewCsv': method(z.object({ ...e, text: csvText, mapping: mapping.nullable().default(null), objectiveId: rowId.nullable().default(null) }).strict()).returns<CsvPreview>(),
  /** All rows or nothing. */
  'measurement:importCsv': method(z.object({ ...e, text: csvText, mapping, source: shortText.default('') }).strict()).returns<{ imported: number }>(),
  'alert:list': method(z.object(e).strict()).returns<PlanAlert[]>(),
  'alert:toAction': method(z.object({ ...e, kind: z.enum(ALERT_KINDS), subjectId: rowId, title: requiredText('intitulé requis') }).strict()).returns<PlanAction>(),
  'risk:list': method(z.object(e).strict()).returns<Risk[]>(),
  'risk:create': method(z.object({ ...e, risk: riskFields.partial().required({ title: true }).strict() }).strict()).returns<Risk>(),
  'risk:update': method(z.object({ ...e, id: rowId, patch: riskFields.partial().strict() }).strict()).returns<Risk>(),
  'risk:delete': method(z.object({ ...e, id: rowId }).strict()).returns<{ deleted: boolean }>(),
  'steering:dashboard': method(z.object(e).strict()).returns<PlanDashboard>(),
};
